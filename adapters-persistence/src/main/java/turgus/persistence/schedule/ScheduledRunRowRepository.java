package turgus.persistence.schedule;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

/** SQL for {@code scheduled_runs}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ScheduledRunRowRepository extends CrudRepository<ScheduledRunRow, String> {
    @Query("DELETE FROM scheduled_runs WHERE slot < :before")
    int deleteSlotsBefore(Instant before);
}

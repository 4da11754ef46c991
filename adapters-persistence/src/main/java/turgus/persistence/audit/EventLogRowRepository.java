package turgus.persistence.audit;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** SQL for {@code event_log}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface EventLogRowRepository extends CrudRepository<EventLogRow, Long> {}

package turgus.persistence.account;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** SQL for {@code auth_sessions}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SessionRowRepository extends CrudRepository<SessionRow, String> {
    boolean existsByIdAndRevokedAtIsNull(String id);
}

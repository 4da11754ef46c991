package turgus.persistence.security;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;

/** SQL for {@code app_secrets}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface SecretRowRepository extends CrudRepository<SecretRow, String> {}

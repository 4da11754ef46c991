package turgus.persistence.idempotency

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.idempotency.port.out.IdempotencyStore
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcIdempotencyStoreSpec extends IdempotencyStoreContract implements OnTestDatabase {
    @Inject
    IdempotencyStore store

    @Inject
    DataSource dataSource
}

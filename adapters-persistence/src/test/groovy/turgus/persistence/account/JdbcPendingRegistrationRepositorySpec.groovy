package turgus.persistence.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.account.port.out.PendingRegistrationRepository
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcPendingRegistrationRepositorySpec extends PendingRegistrationRepositoryContract implements OnTestDatabase {
    @Inject
    PendingRegistrationRepository pending

    @Inject
    DataSource dataSource
}

package turgus.persistence.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import turgus.application.account.port.out.PendingRegistrationRepository
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcPendingRegistrationRepositorySpec extends PendingRegistrationRepositoryContract implements TestPropertyProvider {
    @Inject
    PendingRegistrationRepository pending

    @Inject
    DataSource dataSource

    @Override
    Map<String, String> getProperties() {
        TestDatabase.properties() as Map<String, String>
    }

    def cleanup() {
        TestDatabase.deleteAllRows(dataSource)
    }
}

package turgus.persistence.loyalty

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import turgus.application.loyalty.port.out.LoyaltySettingsRepository
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcLoyaltySettingsRepositorySpec extends LoyaltySettingsRepositoryContract implements TestPropertyProvider {
    @Inject
    LoyaltySettingsRepository settings

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

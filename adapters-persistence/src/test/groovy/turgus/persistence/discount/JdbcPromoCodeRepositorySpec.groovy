package turgus.persistence.discount

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import turgus.application.discount.port.out.PromoCodeRepository
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcPromoCodeRepositorySpec extends PromoCodeRepositoryContract implements TestPropertyProvider {
    @Inject
    PromoCodeRepository promoCodes

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

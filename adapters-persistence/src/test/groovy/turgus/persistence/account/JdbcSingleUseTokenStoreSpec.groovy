package turgus.persistence.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.SingleUseTokenStore
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcSingleUseTokenStoreSpec extends SingleUseTokenStoreContract implements TestPropertyProvider {
    @Inject
    SingleUseTokenStore tokens

    @Inject
    AccountRepository accounts

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

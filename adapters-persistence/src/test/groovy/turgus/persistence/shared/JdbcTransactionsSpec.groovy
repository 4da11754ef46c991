package turgus.persistence.shared

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import turgus.application.account.port.out.AccountRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.Transactions
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcTransactionsSpec extends TransactionsContract implements TestPropertyProvider {
    @Inject
    Transactions transactions

    @Inject
    ProductRepository products

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

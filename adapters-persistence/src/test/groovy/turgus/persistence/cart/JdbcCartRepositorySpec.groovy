package turgus.persistence.cart

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import turgus.application.cart.port.out.CartRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.Transactions
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcCartRepositorySpec extends CartRepositoryContract implements TestPropertyProvider {
    @Inject
    CartRepository carts

    @Inject
    ProductRepository products

    @Inject
    Transactions transactions

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

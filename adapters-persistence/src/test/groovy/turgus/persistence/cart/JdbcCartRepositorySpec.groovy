package turgus.persistence.cart

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.cart.port.out.CartRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.Transactions
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcCartRepositorySpec extends CartRepositoryContract implements OnTestDatabase {
    @Inject
    CartRepository carts

    @Inject
    ProductRepository products

    @Inject
    Transactions transactions

    @Inject
    DataSource dataSource
}

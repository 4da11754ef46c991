package turgus.persistence.cart

import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.Transactions
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryCartRepository
import turgus.application.testing.InMemoryProductRepository

/** The application specs' fake keeps the same promises as the database. */
class InMemoryCartRepositorySpec extends CartRepositoryContract {
    InMemoryCartRepository carts = new InMemoryCartRepository()
    ProductRepository products = new InMemoryProductRepository()
    Transactions transactions = new DirectTransactions(carts)
}

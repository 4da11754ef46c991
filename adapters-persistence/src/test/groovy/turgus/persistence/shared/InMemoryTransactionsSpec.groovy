package turgus.persistence.shared

import turgus.application.account.port.out.AccountRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.Transactions
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemoryProductRepository

/** The application specs' fake keeps the same promises as the database. */
class InMemoryTransactionsSpec extends TransactionsContract {
    InMemoryProductRepository productStore = new InMemoryProductRepository()
    InMemoryAccountRepository accountStore = new InMemoryAccountRepository()
    Transactions transactions = new DirectTransactions(productStore, accountStore)

    ProductRepository getProducts() {
        productStore
    }

    AccountRepository getAccounts() {
        accountStore
    }
}

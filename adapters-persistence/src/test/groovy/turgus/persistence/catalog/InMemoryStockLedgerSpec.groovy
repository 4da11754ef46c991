package turgus.persistence.catalog

import turgus.application.catalog.port.out.ProductRepository
import turgus.application.catalog.port.out.StockLedger
import turgus.application.testing.InMemoryProductRepository
import turgus.application.testing.InMemoryStockLedger

/** The application specs' fake keeps the same promises as the database. */
class InMemoryStockLedgerSpec extends StockLedgerContract {
    InMemoryProductRepository productStore = new InMemoryProductRepository()
    StockLedger stock = new InMemoryStockLedger(productStore)

    ProductRepository getProducts() {
        productStore
    }
}

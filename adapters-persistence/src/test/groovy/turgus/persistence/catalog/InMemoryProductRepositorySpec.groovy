package turgus.persistence.catalog

import turgus.application.catalog.port.out.ProductRepository
import turgus.application.testing.InMemoryProductRepository

/** The application specs' fake keeps the same promises as the database. */
class InMemoryProductRepositorySpec extends ProductRepositoryContract {
    ProductRepository products = new InMemoryProductRepository()
}

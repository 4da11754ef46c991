package turgus.persistence.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.catalog.port.out.ProductRepository
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcProductRepositorySpec extends ProductRepositoryContract implements OnTestDatabase {
    @Inject
    ProductRepository products

    @Inject
    DataSource dataSource
}

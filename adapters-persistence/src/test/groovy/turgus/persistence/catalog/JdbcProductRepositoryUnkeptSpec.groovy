package turgus.persistence.catalog

import io.micronaut.context.annotation.Property
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.catalog.port.out.ProductRepository
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

/** The same contract with no search kept ({@code shop.catalog.search-max-age} 0): every page is searched. */
@MicronautTest(transactional = false)
@Property(name = 'shop.catalog.search-max-age', value = '0s')
class JdbcProductRepositoryUnkeptSpec extends ProductRepositoryContract implements OnTestDatabase {
    @Inject
    ProductRepository products

    @Inject
    DataSource dataSource
}

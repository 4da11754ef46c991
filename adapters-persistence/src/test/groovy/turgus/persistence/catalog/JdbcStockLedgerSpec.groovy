package turgus.persistence.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.catalog.port.out.StockLedger
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcStockLedgerSpec extends StockLedgerContract implements OnTestDatabase {
    @Inject
    StockLedger stock

    @Inject
    ProductRepository products

    @Inject
    DataSource dataSource
}

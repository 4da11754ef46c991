package turgus.persistence.catalog

import spock.lang.Specification
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.catalog.port.out.StockLedger
import turgus.domain.catalog.ProductId

import java.time.Instant

import static turgus.persistence.testing.ProductBuilder.aProduct

/** What every {@link StockLedger} promises. Each feature starts empty. */
abstract class StockLedgerContract extends Specification {
    static final Instant NOW = Instant.parse('2026-11-22T10:00:00Z')

    abstract StockLedger getStock()

    abstract ProductRepository getProducts()

    def "items are taken only while enough are in stock of an active product"() {
        given:
        ProductId id = products.add(aProduct().withStock(initial).build()).requireId()

        expect:
        stock.take(id, asked, NOW) == taken
        products.findById(id).get().stock() == left

        where:
        initial | asked || taken | left
        5       | 5     || true  | 0
        5       | 3     || true  | 2
        5       | 6     || false | 5
        0       | 1     || false | 0
    }

    def "a withdrawn or unknown product gives nothing"() {
        given:
        ProductId withdrawn = products.add(aProduct().withStock(5).withdrawn().build()).requireId()

        expect:
        !stock.take(withdrawn, 1, NOW)
        !stock.take(ProductId.of(999_999), 1, NOW)
        products.findById(withdrawn).get().stock() == 5
    }

    def "items given back return to stock, withdrawn or not"() {
        given:
        ProductId id = products.add(aProduct().withStock(1).withdrawn().build()).requireId()

        expect:
        stock.giveBack(id, 3, NOW)
        products.findById(id).get().stock() == 4
        !stock.giveBack(ProductId.of(999_999), 1, NOW)
    }
}

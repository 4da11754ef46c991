package turgus.persistence.catalog

import spock.lang.Specification
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.catalog.port.out.StockLedger
import turgus.domain.catalog.ProductId

import static turgus.persistence.testing.ProductBuilder.aProduct

/** What every {@link StockLedger} promises. Each feature starts empty. */
abstract class StockLedgerContract extends Specification {
    abstract StockLedger getStock()

    abstract ProductRepository getProducts()

    def "items are taken only while enough are in stock of an active product"() {
        given:
        ProductId id = products.add(aProduct().withStock(initial).build()).requireId()

        expect:
        stock.take(id, asked) == taken
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
        !stock.take(withdrawn, 1)
        !stock.take(ProductId.of(999_999), 1)
        products.findById(withdrawn).get().stock() == 5
    }

    def "an order's lines are taken at once, quantities of one product summed: #situation"() {
        given:
        ProductId low = products.add(aProduct().withStock(lowStock).build()).requireId()
        def highBuilder = aProduct().withStock(highStock)
        ProductId high = products.add((withdrawn ? highBuilder.withdrawn() : highBuilder).build()).requireId()
        List<StockLedger.Line> lines = wanted.collect { which, quantity ->
            new StockLedger.Line(which == 'low' ? low : high, quantity)
        }

        when:
        Optional<ProductId> notTaken = stock.takeAll(lines)

        then:
        notTaken == Optional.ofNullable(shortOne == 'low' ? low : shortOne == 'high' ? high : null)
        !shortOne || notTaken.isPresent()
        if (!shortOne) {
            assert products.findById(low).get().stock() == lowLeft
            assert products.findById(high).get().stock() == highLeft
        } else {
            assert products.findById(notTaken.get()).get().stock() == (shortOne == 'low' ? lowStock : highStock)
        }

        where:
        situation                         | lowStock | highStock | withdrawn | wanted                               || shortOne | lowLeft | highLeft
        'enough stock'                    | 5        | 5         | false     | [['low', 2], ['high', 1]]            || null     | 3       | 4
        'exactly enough'                  | 2        | 1         | false     | [['high', 1], ['low', 2]]            || null     | 0       | 0
        'one line short'                  | 5        | 1         | false     | [['low', 2], ['high', 2]]            || 'high'   | null    | null
        'the first of two short'          | 1        | 1         | false     | [['low', 2], ['high', 2]]            || 'low'    | null    | null
        'product withdrawn'               | 5        | 5         | true      | [['low', 1], ['high', 1]]            || 'high'   | null    | null
        'duplicate product lines summed'  | 5        | 5         | false     | [['low', 2], ['high', 1], ['low', 3]] || null     | 0       | 4
        'duplicate lines short together'  | 4        | 5         | false     | [['low', 2], ['low', 3]]             || 'low'    | null    | null
    }

    def "taking no lines takes nothing; an unknown product is reported"() {
        expect:
        stock.takeAll([]) == Optional.empty()
        stock.takeAll([new StockLedger.Line(ProductId.of(999_999), 1)]) == Optional.of(ProductId.of(999_999))
    }

    def "items given back return to stock, withdrawn or not"() {
        given:
        ProductId id = products.add(aProduct().withStock(1).withdrawn().build()).requireId()

        expect:
        stock.giveBack(id, 3)
        products.findById(id).get().stock() == 4
        !stock.giveBack(ProductId.of(999_999), 1)
    }

    def "stock taken for orders and given back for refunds leaves the product's last change as it was"() {
        given:
        ProductId id = products.add(aProduct().withStock(10).build()).requireId()
        def lastChange = products.findById(id).get().updatedAt()

        when:
        stock.take(id, 2)
        stock.takeAll([new StockLedger.Line(id, 3)])
        stock.giveBack(id, 1)

        then:
        products.findById(id).get().stock() == 6
        products.findById(id).get().updatedAt() == lastChange
    }
}

package turgus.domain.catalog

import static turgus.domain.testing.ProductFixtures.aProduct

import java.time.Instant
import spock.lang.Specification
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money
import turgus.domain.testing.Stored

class ProductSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')

    def "a product name is trimmed and holds 1 to 200 characters"() {
        expect:
        rule { new ProductName(given) } == outcome

        where:
        given          || outcome
        'Tea'          || 'ok'
        '  Tea  '      || 'ok'
        'x' * 200      || 'ok'
        ''             || 'name: REQUIRED'
        '   '          || 'name: REQUIRED'
        null           || 'name: REQUIRED'
        'x' * 201      || 'name: TOO_LONG max=200'
    }

    def "a description may be empty but holds at most 2000 characters"() {
        expect:
        rule { new ProductDescription(given) } == outcome

        where:
        given       || outcome
        null        || 'ok'
        ''          || 'ok'
        'x' * 2000  || 'ok'
        'x' * 2001  || 'description: TOO_LONG max=2000'
    }

    def "a price is more than zero, at most a million, with at most two decimals"() {
        expect:
        rule { Price.of('price', given == null ? null : new BigDecimal(given)) } == outcome

        where:
        given          || outcome
        '0.01'         || 'ok'
        '19.99'        || 'ok'
        '1000000'      || 'ok'
        '0'            || 'price: NOT_POSITIVE'
        '-1'           || 'price: NOT_POSITIVE'
        '1000000.01'   || 'price: TOO_LARGE max=1000000.00'
        '1.999'        || 'price: TOO_MANY_DECIMALS max=2'
        null           || 'price: REQUIRED'
    }

    def "stock is never negative and at most a million"() {
        expect:
        rule { Product.checkStock(given) } == outcome

        where:
        given     || outcome
        0         || 'ok'
        1_000_000 || 'ok'
        -1        || 'stock: NEGATIVE'
        1_000_001 || 'stock: TOO_LARGE max=1000000'
    }

    def "a new product is active, dated now and has no id until stored"() {
        when:
        def product = Product.add(new ProductName('Tea'), ProductDescription.NONE, Money.of('3'), 5, NOW)

        then:
        product.isActive()
        product.createdAt() == NOW
        product.updatedAt() == NOW
        product.id().isEmpty()
        Stored.withId(product, ProductId.of(7)).requireId() == ProductId.of(7)
    }

    def "a product without id cannot be asked for it"() {
        when:
        aProduct().build().requireId()

        then:
        thrown(IllegalStateException)
    }

    def "withdrawing and reinstating keep everything but availability"() {
        given:
        def product = aProduct().withId(1).build()

        when:
        def withdrawn = product.withdraw(NOW)

        then:
        !withdrawn.isActive()
        withdrawn.updatedAt() == NOW
        withdrawn.name() == product.name()
        withdrawn.reinstate(NOW).isActive()
    }

    def "a sale cuts the unit price while it runs"() {
        given:
        def product = aProduct().priced(price).onSale(percent, endsAt).build()

        expect:
        product.unitPriceAt(NOW) == Money.of(paid)
        product.salePriceAt(NOW).isPresent() == running

        where:
        price   | percent | endsAt                                || paid    | running
        '10.00' | 20      | null                                  || '8.00'  | true
        '9.99'  | 15      | NOW.plusSeconds(60)                   || '8.49'  | true
        '10.00' | 20      | NOW                                   || '10.00' | false
        '10.00' | 20      | NOW.minusSeconds(1)                   || '10.00' | false
        '0.05'  | 90      | null                                  || '0.01'  | true
    }

    def "a sale takes 1 to 90 percent off"() {
        expect:
        rule { new Sale(percent, null) } == outcome

        where:
        percent || outcome
        1       || 'ok'
        90      || 'ok'
        0       || 'salePercent: OUT_OF_RANGE min=1, max=90'
        91      || 'salePercent: OUT_OF_RANGE min=1, max=90'
    }

    def "changing details answers a new product stamped with the change"() {
        given:
        def product = aProduct().withId(3).build()
        def later = NOW.plusSeconds(5)

        when:
        def changed = product.rename(new ProductName('Black tea'), NOW)
                .describe(new ProductDescription('Strong.'), NOW)
                .reprice(Money.of('5.25'), NOW)
                .changeSale(Optional.of(new Sale(10, null)), NOW)
                .withImage('abc.png', later)

        then:
        changed.name().value() == 'Black tea'
        changed.description().value() == 'Strong.'
        changed.price() == Money.of('5.25')
        changed.sale().get().percent() == 10
        changed.imageName().get() == 'abc.png'
        changed.updatedAt() == later
        changed.stock() == product.stock()
        product.name().value() == 'Green tea'
        changed.changeSale(Optional.empty(), later).sale().isEmpty()
    }

    def "products with the same data are equal"() {
        expect:
        aProduct().withId(1).build() == aProduct().withId(1).build()
        aProduct().withId(1).build().hashCode() == aProduct().withId(1).build().hashCode()
        aProduct().withId(1).build() != aProduct().withId(2).build()
        aProduct().withId(1).withdrawn().build().toString().contains('withdrawn')
    }

    def "a product is in stock while at least one item is left"() {
        expect:
        aProduct().inStock(1).build().isInStock()
        !aProduct().inStock(0).build().isInStock()
    }

    private static String rule(Closure<?> construction) {
        try {
            construction()
            'ok'
        } catch (InvalidValueException refused) {
            "${refused.field()}: ${refused.errors()[0].describe()}"
        }
    }
}

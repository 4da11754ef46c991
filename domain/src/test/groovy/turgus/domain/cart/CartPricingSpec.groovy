package turgus.domain.cart

import turgus.domain.testing.DiscountWords
import static turgus.domain.testing.CartFixtures.aCart
import static turgus.domain.testing.CartFixtures.product
import static turgus.domain.testing.ProductFixtures.aProduct
import static turgus.domain.testing.PromoCodeFixtures.aPromoCode

import java.time.Instant
import spock.lang.Specification
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductId
import turgus.domain.discount.DiscountContext
import turgus.domain.discount.DiscountKind
import turgus.domain.discount.PromoCodeProblem
import turgus.domain.loyalty.LoyaltyPolicy
import turgus.domain.shared.Money

class CartPricingSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')
    static final def LOYAL = LoyaltyPolicy.DEFAULT.statusOf(4, Money.ZERO)
    static final def NEW_CUSTOMER = LoyaltyPolicy.DEFAULT.statusOf(0, Money.ZERO)

    def pricing = new CartPricing()

    def "an empty cart totals zero, with no discount"() {
        when:
        def priced = pricing.price(aCart().build(), [:], new DiscountContext(LOYAL, Optional.empty()), NOW)

        then:
        priced.isEmpty()
        priced.subtotal() == Money.ZERO
        priced.discounts().isEmpty()
        priced.total() == Money.ZERO
        priced.currency() == 'EUR'
    }

    def "each line shows its name, unit price, quantity and total; the subtotal adds them up"() {
        given:
        def cart = aCart().with(1, 2).with(2, 3).build()
        def catalog = catalogOf(
                aProduct().withId(1).named('Green tea').priced('4.50'),
                aProduct().withId(2).named('Mug').priced('12.99'))

        when:
        def priced = pricing.price(cart, catalog, DiscountContext.none(), NOW)

        then:
        priced.lines().collect { [it.productId(), it.name(), it.unitPrice(), it.quantity(), it.lineTotal(), it.available()] } == [
                [product(1), 'Green tea', Money.of('4.50'), 2, Money.of('9.00'), true],
                [product(2), 'Mug', Money.of('12.99'), 3, Money.of('38.97'), true]]
        priced.subtotal() == Money.of('47.97')
        priced.total() == Money.of('47.97')
        priced.owner() == cart.owner()
    }

    def "a running sale is the line's price and is shown on the line, not taken off again: #why"() {
        given:
        def cart = aCart().with(1, 3).build()
        def catalog = catalogOf(aProduct().withId(1).named('Green tea').priced('9.99').onSale(15, endsAt))

        when:
        def priced = pricing.price(cart, catalog, DiscountContext.none(), NOW)
        def line = priced.lines()[0]

        then:
        line.regularUnitPrice() == Money.of('9.99')
        line.unitPrice() == Money.of(unitPrice)
        line.lineTotal() == Money.of(lineTotal)
        line.sale().map { [DiscountWords.words(it), it.amount()] }.orElse(null) == sale
        priced.subtotal() == Money.of(lineTotal)
        priced.discounts().isEmpty()
        priced.total() == Money.of(lineTotal)
        priced.allDiscounts()*.kind() == (sale == null ? [] : [DiscountKind.SALE])

        where:
        endsAt              || unitPrice | lineTotal | sale                                          | why
        null                || '8.49'    | '25.47'   | ['SALE Green tea 15%', Money.of('4.50')]     | 'a sale without end'
        NOW.plusSeconds(1)  || '8.49'    | '25.47'   | ['SALE Green tea 15%', Money.of('4.50')]     | 'a sale ending later'
        NOW                 || '9.99'    | '29.97'   | null                                          | 'a sale ending now'
        NOW.minusSeconds(1) || '9.99'    | '29.97'   | null                                          | 'a sale that ended'
    }

    def "a line is flagged when its product ran out or was withdrawn, and counts for nothing: #why"() {
        given:
        def cart = aCart().with(1, 2).with(2, wanted).build()
        def builder = aProduct().withId(2).named('Mug').priced('12.99').inStock(stock)
        def catalog = catalogOf(aProduct().withId(1).priced('4.50'), active ? builder : builder.withdrawn())

        when:
        def priced = pricing.price(cart, catalog, DiscountContext.none(), NOW)
        def mug = priced.lines()[1]

        then:
        mug.availability() == availability
        mug.available() == (availability == LineAvailability.AVAILABLE)
        mug.inStock() == inStock
        priced.subtotal() == Money.of(subtotal)
        priced.total() == Money.of(subtotal)
        priced.hasUnavailableLines() == !mug.available()
        priced.unavailableLines()*.productId() == (mug.available() ? [] : [product(2)])

        where:
        wanted | stock | active || availability                      | inStock | subtotal | why
        3      | 3     | true   || LineAvailability.AVAILABLE        | 3       | '47.97'  | 'exactly enough in stock'
        3      | 2     | true   || LineAvailability.OUT_OF_STOCK     | 2       | '9.00'   | 'fewer in stock than wanted'
        1      | 0     | true   || LineAvailability.OUT_OF_STOCK     | 0       | '9.00'   | 'sold out'
        1      | 5     | false  || LineAvailability.WITHDRAWN        | 0       | '9.00'   | 'withdrawn'
        9      | 0     | false  || LineAvailability.WITHDRAWN        | 0       | '9.00'   | 'withdrawn and sold out'
    }

    def "the cart shows every discount: sales on their lines, then the better of loyalty and promo code on the subtotal: #why"() {
        given:
        def cart = aCart().with(1, 2).with(2, 1).withPromoCode(code).build()
        def catalog = catalogOf(
                aProduct().withId(1).named('Green tea').priced('10.00').onSale(20),
                aProduct().withId(2).named('Mug').priced('20.00'))

        when:
        def priced = pricing.price(cart, catalog, new DiscountContext(loyalty, Optional.ofNullable(promo)), NOW)

        then:
        priced.subtotal() == Money.of('36.00')
        priced.discounts().collect { DiscountWords.words(it) } == discounts
        priced.allDiscounts().collect { DiscountWords.words(it) } == ['SALE Green tea 20%'] + discounts
        priced.total() == Money.of(total)
        priced.appliedPromoCode().orElse(null) == applied

        where:
        loyalty      | code      | promo                                           || discounts                            | total   | applied   | why
        NEW_CUSTOMER | null      | null                                            || []                                   | '36.00' | null      | 'sale only'
        LOYAL        | null      | null                                            || ['LOYALTY Loyal 5%']              | '34.20' | null      | 'sale and loyalty'
        NEW_CUSTOMER | 'WELCOME' | aPromoCode().build()                            || ['PROMO_CODE WELCOME 10%']         | '32.40' | 'WELCOME' | 'sale and promo'
        LOYAL        | 'WELCOME' | aPromoCode().build()                            || ['PROMO_CODE WELCOME 10%']         | '32.40' | 'WELCOME' | 'promo better than loyalty'
        LOYAL        | 'SAVE1'   | aPromoCode().named('SAVE1').amountOff('1').build() || ['LOYALTY Loyal 5%']           | '34.20' | null      | 'loyalty better than promo'
        LOYAL        | 'WELCOME' | aPromoCode().percentOff(5).build()              || ['LOYALTY Loyal 5%']              | '34.20' | null      | 'a tie keeps the code unused'
        NEW_CUSTOMER | 'FREE'    | aPromoCode().named('FREE').amountOff('50').build() || ['PROMO_CODE FREE']   | '0.00'  | 'FREE'    | 'a fixed amount beyond the subtotal'
        LOYAL        | 'WELCOME' | null                                            || ['LOYALTY Loyal 5%']              | '34.20' | null      | 'an unknown code'
        LOYAL        | null      | aPromoCode().build()                            || ['LOYALTY Loyal 5%']              | '34.20' | null      | 'a code the cart does not name'
        LOYAL        | 'OTHER'   | aPromoCode().build()                            || ['LOYALTY Loyal 5%']              | '34.20' | null      | 'a code other than the cart names'
    }

    def "the cart tells whether its promo code can be used: #why"() {
        given:
        def cart = aCart().with(1, 1).withPromoCode(code).build()
        def catalog = catalogOf(aProduct().withId(1).priced('10.00'))

        when:
        def priced = pricing.price(cart, catalog, new DiscountContext(NEW_CUSTOMER, Optional.ofNullable(promo)), NOW)

        then:
        priced.promoCode().orElse(null) == (code == null ? null : code.toUpperCase())
        priced.promoCodeCheck().flatMap { it.reason() }.orElse(null) == problem
        priced.promoCodeCheck().map { it.isApplicable() }.orElse(null) == applicable

        where:
        code      | promo                                                 || applicable | problem                                | why
        null      | null                                                  || null       | null                                   | 'no code entered'
        'welcome' | aPromoCode().build()                                  || true       | null                                   | 'a usable code'
        'WELCOME' | null                                                  || false      | PromoCodeProblem.UNKNOWN               | 'no such code'
        'WELCOME' | aPromoCode().minimum('10.01').build()                 || false      | PromoCodeProblem.MINIMUM_NOT_MET       | 'order too small'
        'WELCOME' | aPromoCode().validUntil(NOW).build()                  || false      | PromoCodeProblem.EXPIRED               | 'expired'
        'WELCOME' | aPromoCode().maxUses(1).timesUsed(1).build()          || false      | PromoCodeProblem.USED_UP               | 'used up'
    }

    def "a promo code's minimum counts only the lines that can be bought"() {
        given:
        def cart = aCart().with(1, 1).with(2, 1).withPromoCode('WELCOME').build()
        def catalog = catalogOf(aProduct().withId(1).priced('10.00'), aProduct().withId(2).priced('50.00').inStock(0))
        def promo = aPromoCode().minimum('20').build()

        when:
        def priced = pricing.price(cart, catalog, new DiscountContext(NEW_CUSTOMER, Optional.of(promo)), NOW)

        then:
        priced.promoCodeCheck().get().reason().get() == PromoCodeProblem.MINIMUM_NOT_MET
        priced.appliedPromoCode().isEmpty()
        priced.total() == Money.of('10.00')
    }

    def "a sale on an unavailable line is not listed among the discounts"() {
        given:
        def cart = aCart().with(1, 1).build()
        def catalog = catalogOf(aProduct().withId(1).priced('10.00').onSale(50).withdrawn())

        when:
        def priced = pricing.price(cart, catalog, DiscountContext.none(), NOW)

        then:
        priced.lines()[0].sale().isPresent()
        priced.allDiscounts().isEmpty()
    }

    def "every product in the cart must be in the catalog given"() {
        when:
        pricing.price(aCart().with(1, 1).build(), [:], DiscountContext.none(), NOW)

        then:
        thrown(IllegalArgumentException)
    }

    def "a priced cart adds up: its subtotal is the sum of the available lines"() {
        given:
        def priced = pricing.price(aCart().with(1, 1).build(), catalogOf(aProduct().withId(1).priced('3')),
                DiscountContext.none(), NOW)
        def otherPricing = pricing.price(aCart().build(), [:], DiscountContext.none(), NOW).pricing()

        when:
        new PricedCart(priced.owner(), priced.lines(), otherPricing, Optional.empty())

        then:
        thrown(IllegalArgumentException)
    }

    def "a priced line's total is its unit price times its quantity"() {
        when:
        new PricedLine(product(1), 'Tea', Money.of('2'), Money.of('2'), 0, 2, Money.of('5'), LineAvailability.AVAILABLE, 5)

        then:
        thrown(IllegalArgumentException)
    }

    static Map<ProductId, Product> catalogOf(Object... builders) {
        builders.collect { it.build() }.collectEntries { [(it.requireId()): it] }
    }
}

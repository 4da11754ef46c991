package turgus.domain.order

import static turgus.domain.testing.CartFixtures.CUSTOMER
import static turgus.domain.testing.CartFixtures.aCart
import static turgus.domain.testing.CartFixtures.product
import static turgus.domain.testing.OrderFixtures.PLACED
import static turgus.domain.testing.OrderFixtures.anOrder
import static turgus.domain.testing.ProductFixtures.aProduct
import static turgus.domain.testing.PromoCodeFixtures.aPromoCode

import java.time.Instant
import spock.lang.Specification
import turgus.domain.shared.RefusalReason
import turgus.domain.account.UserId
import turgus.domain.cart.CartPricing
import turgus.domain.cart.InsufficientStock
import turgus.domain.discount.AppliedDiscount
import turgus.domain.discount.DiscountContext
import turgus.domain.discount.DiscountKind
import turgus.domain.loyalty.LoyaltyPolicy
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money
import turgus.domain.testing.Stored

class OrderSpec extends Specification {
    static final Instant LATER = PLACED.plusSeconds(3600)

    def "an order keeps the prices and discounts of the moment it was paid"() {
        given:
        def tea = aProduct().withId(1).named('Green tea').priced('10.00').onSale(20)
        def mug = aProduct().withId(2).named('Mug').priced('20.00')
        def catalog = [(product(1)): tea.build(), (product(2)): mug.build()]
        def cart = aCart().with(1, 2).with(2, 1).withPromoCode('WELCOME').build()
        def discounts = DiscountContext.of(LoyaltyPolicy.DEFAULT.statusOf(4, Money.ZERO), aPromoCode().build())

        when:
        def order = Order.place(new CartPricing().price(cart, catalog, discounts, PLACED), PLACED)

        then:
        order.status() == OrderStatus.PAID
        order.customer() == CUSTOMER
        order.createdAt() == PLACED
        order.id().isEmpty()
        order.lines() == [
                new OrderLine(product(1), 'Green tea', Money.of('10.00'), Money.of('8.00'), 2, Money.of('16.00')),
                new OrderLine(product(2), 'Mug', Money.of('20.00'), Money.of('20.00'), 1, Money.of('20.00'))]
        order.lines()*.saleSaving() == [Money.of('4.00'), Money.ZERO]
        order.subtotal() == Money.of('36.00')
        order.discounts() == [AppliedDiscount.of(DiscountKind.PROMO_CODE, 'WELCOME', 10, Money.of('3.60'))]
        order.total() == Money.of('32.40')
        order.promoCode().get() == 'WELCOME'
        order.itemCount() == 3
        order.isCompleted()
        !order.isRefunded()
        order.refundedAt().isEmpty()

        and: 'the snapshot does not follow the catalog'
        def repriced = [(product(1)): tea.priced('99.00').build(), (product(2)): mug.build()]
        new CartPricing().price(cart, repriced, discounts, LATER).subtotal() != order.subtotal()
        order.subtotal() == Money.of('36.00')
    }

    def "an order without a promo code applied does not name one: #why"() {
        expect:
        anOrder().of(1, '10.00').discountedBy(discounts).build().promoCode().orElse(null) == code

        where:
        discounts                                                                                     || code      | why
        DiscountContext.none()                                                                        || null      | 'no code'
        DiscountContext.of(LoyaltyPolicy.DEFAULT.statusOf(0, Money.ZERO), aPromoCode().build())      || 'WELCOME' | 'the code applied'
        DiscountContext.of(LoyaltyPolicy.DEFAULT.statusOf(4, Money.ZERO), aPromoCode().percentOff(1).build()) || null | 'loyalty was better'
    }

    def "an empty cart cannot be ordered"() {
        given:
        def priced = new CartPricing().price(aCart().build(), [:], DiscountContext.none(), PLACED)

        when:
        Order.place(priced, PLACED)

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'cart'
        refused.errors()[0].describe() == 'CART_EMPTY'
        refused.reason() == RefusalReason.CART_EMPTY
    }

    def "a cart with a line that cannot be bought is not ordered, and the line is named: #why"() {
        given:
        def cart = aCart().with(1, 1).with(2, 3).build()
        def mug = aProduct().withId(2).named('Mug').inStock(stock)
        def catalog = [(product(1)): aProduct().withId(1).build(), (product(2)): (active ? mug : mug.withdrawn()).build()]

        when:
        Order.place(new CartPricing().price(cart, catalog, DiscountContext.none(), PLACED), PLACED)

        then:
        def refused = thrown(InsufficientStock)
        refused.productId() == product(2)
        refused.productName() == 'Mug'
        refused.requested() == 3
        refused.available() == available

        where:
        stock | active || available | why
        2     | true   || 2         | 'too few in stock'
        0     | true   || 0         | 'sold out'
        10    | false  || 0         | 'withdrawn'
    }

    def "an order is refunded once only"() {
        given:
        def order = anOrder().withId(7).build()

        when:
        def refunded = order.refund(LATER)

        then:
        refunded.status() == OrderStatus.REFUNDED
        refunded.isRefunded()
        !refunded.isCompleted()
        refunded.refundedAt().get() == LATER
        refunded.total() == order.total()
        refunded.lines() == order.lines()
        order.status() == OrderStatus.PAID

        when:
        refunded.refund(LATER.plusSeconds(1))

        then:
        def refused = thrown(AlreadyRefunded)
        refused.orderId().get() == OrderId.of(7)
        refused.message == 'This order has already been refunded'
    }

    def "a stored order is rebuilt as it was"() {
        given:
        def order = anOrder().of(2, '4.50').of(1, '3.00').withId(5).build()

        when:
        def restored = Order.restore(OrderId.of(5), order.customer(), order.lines(), order.subtotal(),
                order.discounts(), order.total(), null, OrderStatus.PAID, order.createdAt(), null)

        then:
        restored == order
        restored.hashCode() == order.hashCode()
        restored.requireId() == OrderId.of(5)
        restored.toString().contains('12.00 EUR')
        restored != order.refund(LATER)
        order.refund(LATER) == order.refund(LATER)
        restored != anOrder().of(2, '4.50').of(1, '3.00').withId(6).build()
    }

    def "orders differing in anything are different: #why"() {
        given:
        def order = anOrder().of(2, '4.50').withId(5).build()
        def line = order.lines()[0]

        expect:
        change(order, line) != order

        where:
        why             | change
        'id'            | { Order o, OrderLine l -> Stored.withId(o, OrderId.of(6)) }
        'customer'      | { Order o, OrderLine l -> copy(o, [customer: UserId.of(1)]) }
        'lines'         | { Order o, OrderLine l -> copy(o, [lines: [new OrderLine(l.productId(), 'Other', l.regularUnitPrice(), l.unitPrice(), l.quantity(), l.lineTotal())]]) }
        'discounts'     | { Order o, OrderLine l -> copy(o, [discounts: [AppliedDiscount.of(DiscountKind.LOYALTY, 'Loyalty', null, Money.of('1'))], total: Money.of('8')]) }
        'promo code'    | { Order o, OrderLine l -> copy(o, [promoCode: 'WELCOME']) }
        'time'          | { Order o, OrderLine l -> copy(o, [createdAt: LATER]) }
        'status'        | { Order o, OrderLine l -> o.refund(LATER) }
        'refund time'   | { Order o, OrderLine l -> o.refund(LATER.plusSeconds(1)) }
        'something else' | { Order o, OrderLine l -> 'an order' }
    }

    def "an order without id cannot be asked for it"() {
        when:
        anOrder().build().requireId()

        then:
        thrown(IllegalStateException)
    }

    def "an order always adds up: #why"() {
        given:
        def line = new OrderLine(product(1), 'Tea', Money.of('5'), Money.of('5'), 2, Money.of('10'))

        when:
        Order.restore(OrderId.of(1), CUSTOMER, (0..<lines).collect { line }, Money.of(subtotal),
                discounts.collect { AppliedDiscount.of(DiscountKind.LOYALTY, 'Loyalty', null, Money.of(it)) },
                Money.of(total), null, status, PLACED, refundedAt)

        then:
        thrown(IllegalArgumentException)

        where:
        lines | subtotal | discounts | total | status              | refundedAt || why
        0     | '0'      | []        | '0'   | OrderStatus.PAID    | null       || 'no line'
        1     | '11'     | []        | '11'  | OrderStatus.PAID    | null       || 'a subtotal that is not the sum of the lines'
        1     | '10'     | ['1']     | '10'  | OrderStatus.PAID    | null       || 'a total that ignores a discount'
        1     | '10'     | ['11']    | '-1'  | OrderStatus.PAID    | null       || 'a negative total'
        1     | '10'     | []        | '10'  | OrderStatus.REFUNDED | null      || 'a refund without its time'
        1     | '10'     | []        | '10'  | OrderStatus.PAID    | LATER      || 'a refund time on a paid order'
    }

    def "an order line holds what was paid: #why"() {
        when:
        new OrderLine(product(1), 'Tea', Money.of(regular), Money.of(unit), quantity, Money.of(total))

        then:
        thrown(IllegalArgumentException)

        where:
        regular | unit   | quantity | total || why
        '5'     | '5'    | 0        | '0'   || 'no item'
        '5'     | '6'    | 1        | '6'   || 'more than the regular price'
        '5'     | '-1'   | 1        | '-1'  || 'a negative price'
        '5'     | '4'    | 2        | '9'   || 'a total that is not price times quantity'
    }

    static Order copy(Order order, Map changes) {
        def field = { String name -> changes.containsKey(name) ? changes[name] : order."$name"() }
        Order.restore(order.requireId(), field('customer'), field('lines'), order.subtotal(), field('discounts'),
                field('total'), changes.promoCode, order.status(), field('createdAt'), null)
    }

    def "an order id is positive"() {
        when:
        OrderId.of(0)

        then:
        thrown(IllegalArgumentException)
    }
}

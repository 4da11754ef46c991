package turgus.persistence.order

import spock.lang.Specification
import turgus.application.order.PurchaseStats
import turgus.application.order.port.out.OrderRepository
import turgus.application.shared.PageRequest
import turgus.domain.account.UserId
import turgus.domain.cart.Cart
import turgus.domain.cart.CartPricing
import turgus.domain.cart.PricedCart
import turgus.domain.catalog.Product
import turgus.domain.discount.DiscountContext
import turgus.domain.discount.PromoCode
import turgus.domain.loyalty.LoyaltyPolicy
import turgus.domain.loyalty.LoyaltyStatus
import turgus.domain.order.Order
import turgus.domain.order.OrderId
import turgus.domain.shared.Quantity
import turgus.domain.order.OrderStatus
import turgus.domain.shared.Money

import java.time.Instant

import static turgus.persistence.testing.ProductBuilder.aProduct
import turgus.domain.testing.Stored

/** What every {@link OrderRepository} promises. Each feature starts empty. */
abstract class OrderRepositoryContract extends Specification {
    static final UserId ANN = UserId.of(1)
    static final UserId BO = UserId.of(2)
    static final Instant AT = Instant.parse('2026-11-21T10:15:30.123456Z')
    static final PageRequest FIRST = PageRequest.of(0, 20)

    abstract OrderRepository getOrders()

    /** A new account with this name and email. */
    abstract UserId customer(String fullName, String email)

    def "an order added for an account is named after the account as it is now, lines and discounts stored"() {
        given:
        UserId cy = customer('Cy Young', 'cy@example.com')

        when:
        Order stored = orders.addForAccount(fresh(cy)).get()

        then:
        stored.id().isPresent()
        stored == Stored.withId(fresh(cy), stored.requireId())
        orders.findById(stored.requireId()).get() == stored
        with(orders.search('cy@example', FIRST).items()) {
            size() == 1
            first().customerName() == 'Cy Young'
            first().customerEmail() == 'cy@example.com'
            first().order() == stored
        }
    }

    def "an order added for an account keeps its discounts as they were: #discount"() {
        given:
        UserId cy = customer('Cy Young', 'cy@example.com')
        Order order = fresh(cy, AT, promo)

        when:
        Order stored = orders.addForAccount(order).get()

        then:
        stored.discounts()*.percent() == percents
        stored == Stored.withId(order, stored.requireId())
        orders.findById(stored.requireId()).get() == stored

        where:
        discount                | promo                                                              || percents
        'a percentage off'      | PromoCode.define('TEN', 10, null, null, null, null, null)          || [10]
        'an amount off'         | PromoCode.define('THREE', null, 3.00G, null, null, null, null)     || [null]
        'none'                  | null                                                               || []
    }

    def "an order for a customer without an account is not stored"() {
        when:
        Optional<Order> stored = orders.addForAccount(fresh(UserId.of(987_654)))

        then:
        stored.isEmpty()
        orders.findByCustomer(UserId.of(987_654), FIRST).items().isEmpty()
    }

    def "an order is stored with its lines, discounts and customer snapshot and read back as it was"() {
        when:
        Order stored = orders.add(fresh(ANN), 'Ann Smith', 'ann@example.com')

        then:
        stored.id().isPresent()
        stored == Stored.withId(fresh(ANN), stored.requireId())
        orders.findById(stored.requireId()).get() == stored
        orders.search('ANN@', FIRST).items().first().customerName() == 'Ann Smith'
    }

    def "a customer's orders come newest first; others' are not among them"() {
        given:
        Order older = orders.add(fresh(ANN, AT), 'Ann', 'ann@example.com')
        Order newer = orders.add(fresh(ANN, AT.plusSeconds(60)), 'Ann', 'ann@example.com')
        orders.add(fresh(BO), 'Bo', 'bo@example.com')

        expect:
        orders.findByCustomer(ANN, FIRST).items() == [newer, older]
        orders.findByCustomer(ANN, FIRST).totalItems() == 2
        orders.search(null, FIRST).totalItems() == 3
        orders.search('bo', FIRST).items()*.customerEmail() == ['bo@example.com']
        orders.search(String.valueOf(older.requireId().value()), FIRST).items()*.order() == [older]
    }

    def "an order is marked refunded once, and then no longer counts as a purchase"() {
        given:
        Order first = orders.add(fresh(ANN), 'Ann', 'ann@example.com')
        orders.add(fresh(ANN), 'Ann', 'ann@example.com')

        expect:
        orders.purchaseStatsOf(ANN) == new PurchaseStats(2, Money.of('45.00'))
        orders.markRefunded(first.requireId(), AT.plusSeconds(5))
        !orders.markRefunded(first.requireId(), AT.plusSeconds(6))
        !orders.markRefunded(OrderId.of(999_999), AT)
        orders.findById(first.requireId()).get().status() == OrderStatus.REFUNDED
        orders.findById(first.requireId()).get().refundedAt().get() == AT.plusSeconds(5)
        orders.purchaseStatsOf(ANN) == new PurchaseStats(1, Money.of('22.50'))
        orders.purchaseStatsOf(BO) == new PurchaseStats(0, Money.ZERO)
    }

    /** A paid order of {@code customer} that has not been stored yet: 2 beans on sale and a mug, 10% off. */
    static Order fresh(UserId customer, Instant at = AT,
                       PromoCode promo = PromoCode.define('TEN', 10, null, null, null, null, null)) {
        Product beans = aProduct().withId(3).named('Beans').pricedAt('10.00').withStock(10).build()
        Product mug = aProduct().withId(1).named('Mug').pricedAt('5.00').withStock(10).build()
        Cart cart = Cart.emptyFor(customer)
        cart.add(beans.requireId(), Quantity.of(2))
        cart.add(mug.requireId(), Quantity.of(1))
        if (promo != null) {
            cart.applyPromoCode(promo.code())
        }
        PricedCart priced = new CartPricing().price(cart, [(beans.requireId()): beans, (mug.requireId()): mug],
                DiscountContext.of(LoyaltyStatus.newCustomer(LoyaltyPolicy.DEFAULT), promo), at)
        Order.place(priced, at)
    }
}

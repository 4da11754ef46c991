package turgus.persistence.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.domain.shared.RefusalReason
import turgus.application.cart.port.in.AddToCartCommand
import turgus.application.discount.port.out.PromoCodeRepository
import turgus.application.idempotency.IdempotencyKeyReusedException
import turgus.application.ledger.port.in.AdjustBalanceCommand
import turgus.application.ledger.port.in.TopUpCommand
import turgus.application.ledger.port.in.TopUpResult
import turgus.application.order.port.in.CheckoutCommand
import turgus.application.shared.NotFoundException
import turgus.application.shared.PageRequest
import turgus.domain.account.UserId
import turgus.domain.cart.InsufficientStock
import turgus.domain.cart.PricedCart
import turgus.domain.catalog.ProductId
import turgus.domain.discount.DiscountKind
import turgus.domain.discount.PromoCode
import turgus.domain.ledger.InsufficientBalance
import turgus.domain.ledger.MovementType
import turgus.domain.loyalty.LoyaltyTier
import turgus.domain.order.AlreadyRefunded
import turgus.domain.order.Order
import turgus.domain.order.OrderStatus
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money

import java.time.Instant

/**
 * The shopping use cases end to end on the real adapters: balance, cart, checkout, orders, refund,
 * adjustment, loyalty and promo codes. After each scenario every balance equals its ledger's sum.
 */
@MicronautTest(transactional = false)
class ShoppingJourneySpec extends ShoppingSpecification {
    static final PageRequest FIRST = PageRequest.of(0, 20)

    def "a top-up raises the balance and is in the ledger, newest first"() {
        given:
        UserId buyer = customer()

        when:
        shop.balances.topUp(TopUpCommand.of(buyer, 10.5, null))
        TopUpResult second = shop.balances.topUp(TopUpCommand.of(buyer, 2, null))

        then:
        second.balance().amount() == Money.of('12.50')
        second.transaction().movement().balanceAfter() == Money.of('12.50')
        shop.balances.balanceOf(buyer).amount() == Money.of('12.50')
        with(shop.balances.movements(buyer, FIRST)) {
            totalItems() == 2
            items()*.movement()*.amount() == [Money.of('2.00'), Money.of('10.50')]
            items()*.movement()*.type() == [MovementType.TOP_UP, MovementType.TOP_UP]
        }
        balanceAgreesWithLedger(buyer)
    }

    def "a top-up retried with the same key and amount happens once and answers the first result"() {
        given:
        UserId buyer = customer()

        when:
        TopUpResult first = shop.balances.topUp(TopUpCommand.of(buyer, 20, 'key-1'))
        shop.balances.topUp(TopUpCommand.of(buyer, 5, null))
        TopUpResult retried = shop.balances.topUp(TopUpCommand.of(buyer, 20.00, 'key-1'))

        then:
        retried == first
        shop.balances.balanceOf(buyer).amount() == Money.of('25.00')
        balanceAgreesWithLedger(buyer)
    }

    def "the same key with another amount, or for a checkout, is refused"() {
        given:
        UserId buyer = customer()
        shop.balances.topUp(TopUpCommand.of(buyer, 20, 'key-1'))

        when:
        shop.balances.topUp(TopUpCommand.of(buyer, 21, 'key-1'))

        then:
        thrown(IdempotencyKeyReusedException)

        when:
        shop.checkout.checkout(CheckoutCommand.of(buyer, 'key-1'))

        then:
        thrown(IdempotencyKeyReusedException)
        shop.balances.balanceOf(buyer).amount() == Money.of('20.00')
    }

    def "keys of different customers do not meet, and expired keys are purged"() {
        given:
        UserId one = customer()
        UserId other = customer()

        when:
        shop.balances.topUp(TopUpCommand.of(one, 20, 'shared'))
        shop.balances.topUp(TopUpCommand.of(other, 30, 'shared'))

        then:
        shop.balances.balanceOf(other).amount() == Money.of('30.00')
        idempotencyStore.purgeExpired(Instant.now().plusSeconds(25 * 3600)) == 2
    }

    def "the cart is saved: add one or several, change, remove, clear"() {
        given:
        UserId buyer = customer()
        ProductId beans = product('9.90', 10)
        ProductId mug = product('5.00', 3)

        when:
        shop.carts.add(AddToCartCommand.of(buyer, [new AddToCartCommand.Item(beans.value(), 2),
                                                   new AddToCartCommand.Item(mug.value(), 1)]))
        putInCart(buyer, beans, 1)
        PricedCart cart = shop.carts.show(buyer)

        then:
        cart.lines()*.productId() == [beans, mug]
        cart.lines()*.quantity() == [3, 1]
        cart.total() == Money.of('34.70')

        when:
        shop.carts.changeQuantity(buyer, mug, 0)
        shop.carts.changeQuantity(buyer, beans, 4)

        then:
        shop.carts.show(buyer).lines()*.quantity() == [4]

        when:
        shop.carts.remove(buyer, beans)

        then:
        shop.carts.show(buyer).isEmpty()

        when:
        putInCart(buyer, mug, 1)
        shop.carts.clear(buyer)

        then:
        shop.carts.show(buyer).isEmpty()
    }

    def "the cart refuses unknown or withdrawn products, lines it lacks, and more than in stock"() {
        given:
        UserId buyer = customer()
        ProductId mug = product('5.00', 3)
        ProductId gone = products.add(turgus.persistence.testing.ProductBuilder.aProduct().withdrawn().build()).requireId()

        when:
        putInCart(buyer, ProductId.of(999_999), 1)
        then:
        thrown(NotFoundException)

        when:
        putInCart(buyer, gone, 1)
        then:
        thrown(NotFoundException)

        when:
        shop.carts.remove(buyer, mug)
        then:
        thrown(NotFoundException)

        when:
        putInCart(buyer, mug, 4)
        then:
        InsufficientStock tooMany = thrown()
        tooMany.productName() == products.findById(mug).get().name().value()
        tooMany.available() == 3
        shop.carts.show(buyer).isEmpty()
    }

    def "checkout writes the order with its snapshots, takes stock and money, and empties the cart"() {
        given:
        UserId buyer = customer('100.00')
        ProductId beans = product('9.90', 10)
        ProductId mug = product('5.00', 3)
        shop.promoCodes.create(PromoCode.define('WELCOME', 10, null, null, null, null, 1), Shop.ADMIN)
        putInCart(buyer, beans, 2)
        putInCart(buyer, mug, 1)
        shop.carts.applyPromoCode(buyer, 'welcome')

        when:
        Order order = shop.checkout.checkout(CheckoutCommand.of(buyer, null))

        then:
        order.status() == OrderStatus.PAID
        order.subtotal() == Money.of('24.80')
        order.discounts()*.kind() == [DiscountKind.PROMO_CODE]
        order.total() == Money.of('22.32')
        order.promoCode().get() == 'WELCOME'
        order.lines()*.quantity() == [2, 1]
        products.findById(beans).get().stock() == 8
        products.findById(mug).get().stock() == 2
        shop.balances.balanceOf(buyer).amount() == Money.of('77.68')
        shop.carts.show(buyer).isEmpty()
        shop.promoCodes.show('WELCOME').timesUsed() == 1
        shop.orders.show(buyer, order.requireId()) == order
        with(shop.balances.movements(buyer, FIRST).items().first().movement()) {
            type() == MovementType.PURCHASE
            amount() == Money.of('-22.32')
            orderId() == order.requireId()
        }
        balanceAgreesWithLedger(buyer)
    }

    def "a used-up promo code cannot be applied"() {
        given:
        UserId first = customer('100.00')
        UserId second = customer('100.00')
        ProductId beans = product('9.90', 10)
        shop.promoCodes.create(PromoCode.define('ONCE', null, 3, null, null, null, 1), Shop.ADMIN)
        putInCart(first, beans, 1)
        shop.carts.applyPromoCode(first, 'ONCE')
        shop.checkout.checkout(CheckoutCommand.of(first, null))
        putInCart(second, beans, 1)

        when:
        shop.carts.applyPromoCode(second, 'ONCE')

        then:
        InvalidValueException refused = thrown()
        refused.reason() == RefusalReason.PROMO_CODE_USED_UP

        when:
        shop.carts.applyPromoCode(second, 'NOPE')

        then:
        InvalidValueException unknown = thrown()
        unknown.reason() == RefusalReason.PROMO_CODE_UNKNOWN
    }

    def "a promo code used up between pricing and payment refuses the checkout, and all of it rolls back"() {
        given: 'a code that works once, applied to a cart; the rival order takes its one use just before this one counts it'
        UserId buyer = customer('100.00')
        ProductId beans = product('10.00', 10)
        shop.promoCodes.create(PromoCode.define('LASTONE', 10, null, null, null, null, 1), Shop.ADMIN)
        putInCart(buyer, beans, 2)
        shop.carts.applyPromoCode(buyer, 'LASTONE')
        PromoCodeRepository rivalFirst = [
                countUse: { String code -> promoCodeRepository.countUse(code) && promoCodeRepository.countUse(code) },
        ] as PromoCodeRepository
        Shop racing = new Shop(wallets, cartRepository, products, stock, delegating(rivalFirst), orderRepository,
                accounts, loyaltySettings, idempotencyStore, transactions)

        when:
        racing.checkout.checkout(CheckoutCommand.of(buyer, 'racing-key'))

        then: 'refused on the code'
        InvalidValueException refused = thrown()
        refused.field() == 'code'

        and: 'the stock taken before the refusal is back, and no money, order or key was kept'
        products.findById(beans).get().stock() == 10
        shop.balances.balanceOf(buyer).amount() == Money.of('100.00')
        balanceAgreesWithLedger(buyer)
        shop.orders.ordersOf(buyer, FIRST).totalItems() == 0
        shop.carts.show(buyer).lines().size() == 1

        and: 'the code\'s use and the key were rolled back too: the same key now buys, with the code'
        shop.checkout.checkout(CheckoutCommand.of(buyer, 'racing-key')).promoCode().get() == 'LASTONE'
    }

    /** The real promo-code adapter, but for the methods that {@code overrides} answers itself. */
    private PromoCodeRepository delegating(PromoCodeRepository overrides) {
        [
                find       : { String code -> promoCodeRepository.find(code) },
                all        : { -> promoCodeRepository.all() },
                add        : { PromoCode code -> promoCodeRepository.add(code) },
                updateTerms: { PromoCode code -> promoCodeRepository.updateTerms(code) },
                delete     : { String code -> promoCodeRepository.delete(code) },
                countUse   : { String code -> overrides.countUse(code) },
        ] as PromoCodeRepository
    }

    def "a refused checkout changes nothing: empty cart, too little money, too little stock"() {
        given:
        UserId buyer = customer('10.00')
        ProductId beans = product('9.90', 10)
        ProductId mug = product('5.00', 3)

        when:
        shop.checkout.checkout(CheckoutCommand.of(buyer, null))
        then:
        InvalidValueException empty = thrown()
        empty.field() == 'cart'

        when:
        putInCart(buyer, beans, 1)
        putInCart(buyer, mug, 1)
        shop.checkout.checkout(CheckoutCommand.of(buyer, null))
        then:
        InsufficientBalance poor = thrown()
        poor.needed() == Money.of('14.90')
        poor.available() == Money.of('10.00')
        products.findById(beans).get().stock() == 10
        products.findById(mug).get().stock() == 3
        shop.carts.show(buyer).lines().size() == 2
        shop.balances.balanceOf(buyer).amount() == Money.of('10.00')

        when: 'the mug sells out after it went into the cart'
        shop.carts.remove(buyer, beans)
        UserId rival = customer('100.00')
        putInCart(rival, mug, 3)
        shop.checkout.checkout(CheckoutCommand.of(rival, null))
        shop.checkout.checkout(CheckoutCommand.of(buyer, null))
        then:
        InsufficientStock soldOut = thrown()
        soldOut.productId() == mug
        shop.balances.balanceOf(buyer).amount() == Money.of('10.00')
        balanceAgreesWithLedger(buyer)
        balanceAgreesWithLedger(rival)
    }

    def "customers see their own orders only; admins find any by email, name or id"() {
        given:
        UserId buyer = customer('100.00')
        UserId other = customer('100.00')
        ProductId beans = product('9.90', 10)
        putInCart(buyer, beans, 1)
        Order order = shop.checkout.checkout(CheckoutCommand.of(buyer, null))
        String email = accounts.findById(buyer).get().email().value()

        expect:
        shop.orders.ordersOf(buyer, FIRST).items() == [order]
        shop.orders.ordersOf(other, FIRST).items().isEmpty()
        shop.orders.browseAll(email.toUpperCase(), FIRST).items()*.order() == [order]
        shop.orders.browseAll(String.valueOf(order.requireId().value()), FIRST).totalItems() == 1
        shop.orders.browseAll(null, FIRST).items().first().customerEmail() == email
        shop.orders.browseAll('nobody-like-this', FIRST).totalItems() == 0

        when:
        shop.orders.show(other, order.requireId())

        then:
        thrown(NotFoundException)
    }

    def "a refund gives money and stock back once, and the order no longer counts for loyalty"() {
        given:
        UserId buyer = customer('100.00')
        ProductId beans = product('9.90', 10)
        putInCart(buyer, beans, 2)
        Order order = shop.checkout.checkout(CheckoutCommand.of(buyer, null))

        expect:
        shop.loyalty.statusOf(buyer).completedOrders() == 1
        shop.loyalty.statusOf(buyer).totalSpent() == Money.of('19.80')

        when:
        Order refunded = shop.refunds.refund(order.requireId(), Shop.ADMIN)

        then:
        refunded.status() == OrderStatus.REFUNDED
        refunded.refundedAt().isPresent()
        shop.balances.balanceOf(buyer).amount() == Money.of('100.00')
        products.findById(beans).get().stock() == 10
        shop.loyalty.statusOf(buyer).completedOrders() == 0
        balanceAgreesWithLedger(buyer)

        when:
        shop.refunds.refund(order.requireId(), Shop.ADMIN)

        then:
        thrown(AlreadyRefunded)
        shop.balances.balanceOf(buyer).amount() == Money.of('100.00')
    }

    def "concurrent refunds of one order: money back once"() {
        given:
        UserId buyer = customer('100.00')
        ProductId beans = product('9.90', 10)
        putInCart(buyer, beans, 1)
        Order order = shop.checkout.checkout(CheckoutCommand.of(buyer, null))

        when:
        List<Object> outcomes = atOnce(8) { int i ->
            try {
                shop.refunds.refund(order.requireId(), Shop.ADMIN)
            } catch (AlreadyRefunded refused) {
                refused
            }
        }

        then:
        outcomes.count { it instanceof Order } == 1
        shop.balances.balanceOf(buyer).amount() == Money.of('100.00')
        products.findById(beans).get().stock() == 10
        balanceAgreesWithLedger(buyer)
    }

    def "an admin adjustment is in the ledger with its reason and never drives the balance below zero"() {
        given:
        UserId buyer = customer('10.00')

        when:
        shop.balances.adjust(AdjustBalanceCommand.of(buyer, -4, 'damaged parcel', Shop.ADMIN))

        then:
        shop.balances.balanceOf(buyer).amount() == Money.of('6.00')
        shop.balances.movements(buyer, FIRST).items().first().movement().note() == 'damaged parcel'

        when:
        shop.balances.adjust(AdjustBalanceCommand.of(buyer, -6.01, 'too much', Shop.ADMIN))

        then:
        InvalidValueException refused = thrown()
        refused.field() == 'amount'
        shop.balances.balanceOf(buyer).amount() == Money.of('6.00')
        balanceAgreesWithLedger(buyer)

        when:
        shop.balances.adjust(AdjustBalanceCommand.of(UserId.of(987_654), 5, 'ghost', Shop.ADMIN))

        then:
        thrown(NotFoundException)
    }

    def "a loyal customer gets the loyalty discount the admins set"() {
        given:
        UserId buyer = customer('1000.00')
        ProductId beans = product('10.00', 100)
        shop.loyalty.changeLoyaltyRule(1, 500, 10, Shop.ADMIN)
        2.times {
            putInCart(buyer, beans, 1)
            shop.checkout.checkout(CheckoutCommand.of(buyer, null))
        }
        putInCart(buyer, beans, 1)

        expect:
        shop.loyalty.statusOf(buyer).loyal()
        shop.carts.show(buyer).total() == Money.of('9.00')
        shop.checkout.checkout(CheckoutCommand.of(buyer, null)).discounts()*.kind() == [DiscountKind.LOYALTY]
    }

    def "the loyalty rule and its tiers are stored"() {
        when:
        shop.loyalty.changeLoyaltyRule(4, 600, 6, Shop.ADMIN)
        shop.loyalty.changeTiers([new LoyaltyTier('Gold', 10, Money.of('2000.00'), 10)], Shop.ADMIN)

        then:
        with(shop.loyalty.loyaltyPolicy()) {
            minCompletedOrders() == 4
            minTotalSpent() == Money.of('600.00')
            percent() == 6
            tiers()*.name() == ['Gold']
        }
    }

    def "promo codes can be listed, changed and deleted by admins"() {
        given:
        shop.promoCodes.create(PromoCode.define('SPRING', 10, null, 20, null, null, 100), Shop.ADMIN)

        when:
        shop.promoCodes.create(PromoCode.define('spring', 5, null, null, null, null, null), Shop.ADMIN)

        then:
        thrown(turgus.application.shared.ConflictException)

        when:
        PromoCode changed = shop.promoCodes.update('spring', PromoCode.define('SPRING', null, 5, null, null, null, null), Shop.ADMIN)

        then:
        changed.amount().get() == Money.of('5.00')
        changed.minOrderTotal() == Money.ZERO
        shop.promoCodes.list()*.code() == ['SPRING']

        when:
        shop.promoCodes.delete('SPRING', Shop.ADMIN)
        shop.promoCodes.show('SPRING')

        then:
        thrown(NotFoundException)
    }
}

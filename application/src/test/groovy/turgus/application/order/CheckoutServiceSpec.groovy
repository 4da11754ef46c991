package turgus.application.order

import turgus.application.idempotency.IdempotencyKeyReusedException
import turgus.application.catalog.port.out.StockLedger
import turgus.application.order.port.in.CheckoutCommand
import turgus.application.testing.InMemoryStockLedger
import turgus.application.testing.ShopFixture
import turgus.domain.account.UserId
import turgus.domain.cart.InsufficientStock
import turgus.domain.catalog.ProductId
import turgus.domain.discount.DiscountKind
import turgus.domain.discount.PromoCode
import turgus.domain.ledger.InsufficientBalance
import turgus.domain.ledger.MovementType
import turgus.domain.order.Order
import turgus.domain.order.OrderStatus
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money

import java.time.Instant

class CheckoutServiceSpec extends ShopFixture {
    UserId ann
    ProductId mug
    ProductId beans

    def setup() {
        ann = customer('50.00')
        beans = product('Beans', '9.90', 10)
        mug = product('Mug', '5.00', 3)
    }

    def "checkout pays the cart in one transaction: stock by ascending id, money, order, empty cart"() {
        given:
        putInCart(ann, mug, 2)
        putInCart(ann, beans, 1)
        int before = transactions.started

        when:
        Order order = checkout.checkout(CheckoutCommand.of(ann, null))

        then:
        transactions.started == before + 1
        stock.taken == [beans, mug]
        wallets.locked.last() == ann
        order.status() == OrderStatus.PAID
        order.lines()*.productId() == [mug, beans]
        order.total() == Money.of('19.90')
        stockOf(mug) == 1
        stockOf(beans) == 9
        balances.balanceOf(ann).amount() == Money.of('30.10')
        wallets.entries.last().movement().type() == MovementType.PURCHASE
        wallets.entries.last().movement().orderId() == order.requireId()
        carts.find(ann).isEmpty()
        orders.orders[order.requireId()].customerEmail() == 'c1@example.com'
    }

    def "an empty cart cannot be checked out"() {
        when:
        checkout.checkout(CheckoutCommand.of(ann, null))

        then:
        InvalidValueException refused = thrown()
        refused.field() == 'cart'
    }

    def "too little money: the refusal says what it needs and what there is"() {
        given:
        putInCart(ann, beans, 6)

        when:
        checkout.checkout(CheckoutCommand.of(ann, null))

        then:
        InsufficientBalance refused = thrown()
        refused.needed() == Money.of('59.40')
        refused.available() == Money.of('50.00')
        refused.message == 'Your balance is too low: this needs 59.40 EUR, you have 50.00 EUR'
        orders.orders.isEmpty()
    }

    def "a product that sold out after it went into the cart is named"() {
        given:
        putInCart(ann, mug, 3)
        stock.take(mug, 2)

        when:
        checkout.checkout(CheckoutCommand.of(ann, null))

        then:
        InsufficientStock refused = thrown()
        refused.productName() == 'Mug'
        refused.available() == 1
        refused.message == 'Only 1 of Mug is left'
    }

    def "stock a rival took after the pricing is refused with what is left, and the cart is kept"() {
        given:
        putInCart(ann, mug, 2)
        putInCart(ann, beans, 1)
        StockLedger rivalFirst = new InMemoryStockLedger(products) {
            @Override
            synchronized Optional<ProductId> takeAll(List<StockLedger.Line> lines) {
                take(mug, 2)
                super.takeAll(lines)
            }
        }
        CheckoutService racing = new CheckoutService(wallets, carts, pricer, products, rivalFirst, promoCodes, orders,
                idempotency, transactions, clock)

        when:
        racing.checkout(CheckoutCommand.of(ann, null))

        then:
        InsufficientStock refused = thrown()
        refused.productId() == mug
        refused.productName() == 'Mug'
        refused.requested() == 2
        refused.available() == 1
        orders.orders.isEmpty()
        balances.balanceOf(ann).amount() == Money.of('50.00')
        carts.find(ann).lines()*.productId() == [mug, beans]
    }

    def "the promo code's use is counted with the order"() {
        given:
        promoCodes.add(PromoCode.define('TEN', 10, null, null, null, null, 1))
        putInCart(ann, beans, 1)
        cartService.applyPromoCode(ann, 'ten')

        when:
        Order order = checkout.checkout(CheckoutCommand.of(ann, null))

        then:
        order.discounts()*.kind() == [DiscountKind.PROMO_CODE]
        order.promoCode().get() == 'TEN'
        promoCodes.find('TEN').get().timesUsed() == 1
    }

    def "a retry with the same Idempotency-Key answers the first order and buys nothing more"() {
        given:
        putInCart(ann, beans, 1)
        Order first = checkout.checkout(CheckoutCommand.of(ann, 'order-1'))
        putInCart(ann, beans, 1)

        when:
        Order again = checkout.checkout(CheckoutCommand.of(ann, 'order-1'))

        then:
        again == first
        orders.orders.size() == 1
        stockOf(beans) == 9
        carts.find(ann).lines().size() == 1

        when:
        balances.topUp(turgus.application.ledger.port.in.TopUpCommand.of(ann, 1, 'order-1'))

        then:
        thrown(IdempotencyKeyReusedException)
    }
}

package turgus.persistence.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.application.ledger.port.in.AdjustBalanceCommand
import turgus.application.ledger.port.in.TopUpCommand
import turgus.application.ledger.port.in.TopUpResult
import turgus.application.order.port.in.CheckoutCommand
import turgus.domain.account.UserId
import turgus.domain.cart.InsufficientStock
import turgus.domain.catalog.ProductId
import turgus.domain.ledger.InsufficientBalance
import turgus.domain.order.AlreadyRefunded
import turgus.domain.order.Order
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money

import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.ThreadLocalRandom

/**
 * Money is never created, lost or double-spent, and stock never oversold, however many buyers act at
 * once: real threads call the use cases against the real database.
 */
@MicronautTest(transactional = false)
class CheckoutConcurrencySpec extends ShoppingSpecification {

    def "50 buyers race for a product with stock 5: exactly 5 orders, stock 0, everyone else told it ran out"() {
        given:
        ProductId scarce = product('10.00', 5)
        List<UserId> buyers = (1..50).collect { customer('100.00') }
        buyers.each { putInCart(it, scarce, 1) }

        when:
        List<Object> outcomes = atOnce(50) { int i ->
            try {
                shop.checkout.checkout(CheckoutCommand.of(buyers[i], null))
            } catch (InsufficientStock refused) {
                refused
            }
        }

        then:
        outcomes.count { it instanceof Order } == 5
        outcomes.count { it instanceof InsufficientStock } == 45
        products.findById(scarce).get().stock() == 0
        buyers.collect { wallets.balanceOf(it).amount() }.count { it == Money.of('90.00') } == 5
        buyers.every { balanceAgreesWithLedger(it) }
    }

    def "one buyer whose balance pays for one order checks out 10 times at once: one order"() {
        given:
        UserId buyer = customer('15.00')
        ProductId plenty = product('10.00', 100)
        putInCart(buyer, plenty, 1)

        when:
        List<Object> outcomes = atOnce(10) { int i ->
            try {
                shop.checkout.checkout(CheckoutCommand.of(buyer, null))
            } catch (InvalidValueException | InsufficientBalance refused) {
                refused
            }
        }

        then: 'the first empties the cart; the others find it empty'
        outcomes.count { it instanceof Order } == 1
        products.findById(plenty).get().stock() == 99
        wallets.balanceOf(buyer).amount() == Money.of('5.00')
        shop.orders.ordersOf(buyer, turgus.application.shared.PageRequest.of(0, 20)).totalItems() == 1
        balanceAgreesWithLedger(buyer)
    }

    def "one buyer filling the cart while 10 checkouts run at once never pays more than the balance holds"() {
        given:
        UserId buyer = customer('15.00')
        ProductId plenty = product('10.00', 100)

        when:
        List<Object> outcomes = atOnce(10) { int i ->
            try {
                putInCart(buyer, plenty, 1)
                shop.checkout.checkout(CheckoutCommand.of(buyer, null))
            } catch (InvalidValueException | InsufficientBalance | InsufficientStock refused) {
                refused
            }
        }

        then: 'whatever the interleaving, at most one order of 10.00 fits into 15.00'
        int paid = outcomes.count { it instanceof Order }
        paid <= 1
        wallets.balanceOf(buyer).amount() == Money.of('15.00').minus(Money.of('10.00').times(paid))
        balanceAgreesWithLedger(buyer)
    }

    def "10 parallel checkouts with one Idempotency-Key buy once and all answer the same order"() {
        given:
        UserId buyer = customer('100.00')
        ProductId plenty = product('10.00', 100)
        putInCart(buyer, plenty, 2)

        when:
        List<Order> answers = atOnce(10) { int i -> shop.checkout.checkout(CheckoutCommand.of(buyer, 'pay-once')) }

        then:
        answers*.requireId().unique().size() == 1
        wallets.balanceOf(buyer).amount() == Money.of('80.00')
        products.findById(plenty).get().stock() == 98
        balanceAgreesWithLedger(buyer)
    }

    def "10 parallel top-ups with one Idempotency-Key add the money once and all answer the same entry"() {
        given:
        UserId buyer = customer()

        when:
        List<TopUpResult> answers = atOnce(10) { int i -> shop.balances.topUp(TopUpCommand.of(buyer, 25, 'top-up-once')) }

        then:
        answers*.transaction()*.id().unique().size() == 1
        answers*.balance()*.amount().unique() == [Money.of('25.00')]
        wallets.balanceOf(buyer).amount() == Money.of('25.00')
        balanceAgreesWithLedger(buyer)
    }

    def "16 threads mixing top-ups, checkouts, refunds and adjustments keep every balance equal to its ledger and every stock >= 0"() {
        given:
        List<UserId> buyers = (1..4).collect { customer() }
        List<ProductId> goods = [product('3.00', 20), product('7.50', 10), product('12.00', 5)]
        Map<ProductId, Integer> initialStock = goods.collectEntries { [(it): products.findById(it).get().stock()] }
        ConcurrentLinkedQueue<Money> topUps = new ConcurrentLinkedQueue<>()
        ConcurrentLinkedQueue<Money> adjustments = new ConcurrentLinkedQueue<>()
        ConcurrentLinkedQueue<Order> placed = new ConcurrentLinkedQueue<>()
        ConcurrentLinkedQueue<Order> refunded = new ConcurrentLinkedQueue<>()

        when:
        atOnce(16) { int thread ->
            ThreadLocalRandom random = ThreadLocalRandom.current()
            12.times {
                UserId buyer = buyers[random.nextInt(buyers.size())]
                try {
                    switch (random.nextInt(5)) {
                        case 0:
                            Money amount = Money.of(String.valueOf(random.nextInt(1, 40)) + '.25')
                            shop.balances.topUp(TopUpCommand.of(buyer, amount.amount(), null))
                            topUps << amount
                            break
                        case 1:
                        case 2:
                            putInCart(buyer, goods[random.nextInt(goods.size())], random.nextInt(1, 3))
                            placed << shop.checkout.checkout(CheckoutCommand.of(buyer, null))
                            break
                        case 3:
                            Order someOrder = placed.find { true }
                            if (someOrder != null) {
                                refunded << shop.refunds.refund(someOrder.requireId(), Shop.ADMIN)
                            }
                            break
                        default:
                            Money change = Money.of(random.nextBoolean() ? '2.00' : '-3.00')
                            shop.balances.adjust(AdjustBalanceCommand.of(buyer, change.amount(), 'goodwill', Shop.ADMIN))
                            adjustments << change
                    }
                } catch (InsufficientStock | InsufficientBalance | InvalidValueException | AlreadyRefunded expected) {
                    // a normal "no": nothing happened
                }
            }
            null
        }

        then: 'money is conserved'
        Money sumOfBalances = buyers.collect { wallets.balanceOf(it).amount() }.inject(Money.ZERO) { a, b -> a.plus(b) }
        Money sumOfTopUps = topUps.inject(Money.ZERO) { a, b -> a.plus(b) }
        Money sumOfPurchases = placed.collect { it.total() }.inject(Money.ZERO) { a, b -> a.plus(b) }
        Money sumOfRefunds = refunded.collect { it.total() }.inject(Money.ZERO) { a, b -> a.plus(b) }
        Money sumOfAdjustments = adjustments.inject(Money.ZERO) { a, b -> a.plus(b) }
        sumOfBalances == sumOfTopUps.minus(sumOfPurchases).plus(sumOfRefunds).plus(sumOfAdjustments)
        buyers.every { balanceAgreesWithLedger(it) }

        and: 'each refund happened once'
        refunded*.requireId().unique().size() == refunded.size()

        and: 'stock is never negative and every item is accounted for'
        goods.every { products.findById(it).get().stock() >= 0 }
        goods.every { ProductId id ->
            int sold = placed.findAll { !(it.requireId() in refunded*.requireId()) }
                    .collectMany { it.lines() }.findAll { it.productId() == id }.sum { it.quantity() } ?: 0
            products.findById(id).get().stock() == initialStock[id] - sold
        }
    }
}

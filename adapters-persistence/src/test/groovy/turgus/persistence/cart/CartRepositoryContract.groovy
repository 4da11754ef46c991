package turgus.persistence.cart

import spock.lang.Specification
import turgus.application.cart.port.out.CartRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.Transactions
import turgus.domain.account.UserId
import turgus.domain.cart.Cart
import turgus.domain.cart.CartLine
import turgus.domain.catalog.ProductId

import java.util.function.Supplier

import static turgus.persistence.testing.ProductBuilder.aProduct

/** What every {@link CartRepository} promises. Each feature starts empty. */
abstract class CartRepositoryContract extends Specification {
    static final UserId ANN = UserId.of(1)

    abstract CartRepository getCarts()

    abstract ProductRepository getProducts()

    abstract Transactions getTransactions()

    def "a customer without a stored cart has an empty one"() {
        expect:
        carts.find(ANN).isEmpty()
        !carts.find(ANN).promoCode().isPresent()
    }

    def "a saved cart keeps its lines in the order they were added, and its promo code"() {
        given:
        ProductId first = products.add(aProduct().build()).requireId()
        ProductId second = products.add(aProduct().build()).requireId()
        Cart cart = Cart.emptyFor(ANN)
        cart.add(second, turgus.domain.shared.Quantity.of(2))
        cart.add(first, turgus.domain.shared.Quantity.of(1))
        cart.applyPromoCode('welcome')

        when:
        carts.save(cart)

        then:
        carts.find(ANN).lines() == [CartLine.of(second, 2), CartLine.of(first, 1)]
        carts.find(ANN).promoCode().get() == 'WELCOME'

        when:
        cart.clear()
        carts.save(cart)

        then:
        carts.find(ANN).isEmpty()
        !carts.find(ANN).promoCode().isPresent()
    }

    def "an opened cart can be locked inside a transaction; opening twice is harmless"() {
        given:
        carts.open(ANN)
        carts.open(ANN)

        expect:
        transactions.inTransaction({ carts.lock(ANN) } as Supplier<Cart>).isEmpty()
    }

    def "a cart that was never opened cannot be locked"() {
        when:
        transactions.inTransaction({ carts.lock(UserId.of(99)) } as Supplier<Cart>)

        then:
        thrown(IllegalStateException)
    }

    def "a checkout empties the cart and gets it as it was; a rollback gives it back"() {
        given:
        ProductId first = products.add(aProduct().build()).requireId()
        ProductId second = products.add(aProduct().build()).requireId()
        Cart cart = Cart.emptyFor(ANN)
        cart.add(second, turgus.domain.shared.Quantity.of(2))
        cart.add(first, turgus.domain.shared.Quantity.of(1))
        cart.applyPromoCode('welcome')
        carts.save(cart)

        when: 'the checkout fails after emptying'
        transactions.inTransaction({
            assert carts.emptyIfOpen(ANN).get().lines() == [CartLine.of(second, 2), CartLine.of(first, 1)]
            throw new IllegalStateException('refused')
        } as Supplier<Cart>)

        then:
        thrown(IllegalStateException)
        carts.find(ANN).lines() == [CartLine.of(second, 2), CartLine.of(first, 1)]
        carts.find(ANN).promoCode().get() == 'WELCOME'

        when: 'it succeeds'
        Cart paid = transactions.inTransaction({ carts.emptyIfOpen(ANN).get() } as Supplier<Cart>)

        then:
        paid.lines() == [CartLine.of(second, 2), CartLine.of(first, 1)]
        paid.promoCode().get() == 'WELCOME'
        carts.find(ANN).isEmpty()
        !carts.find(ANN).promoCode().isPresent()
    }

    def "a customer who never had a cart has none to empty"() {
        expect:
        !transactions.inTransaction({ carts.emptyIfOpen(UserId.of(98)) } as Supplier<Optional<Cart>>).isPresent()
    }
}

package turgus.domain.cart

import static turgus.domain.testing.CartFixtures.CUSTOMER
import static turgus.domain.testing.CartFixtures.aCart
import static turgus.domain.testing.CartFixtures.line
import static turgus.domain.testing.CartFixtures.product
import static turgus.domain.testing.ProductFixtures.aProduct

import spock.lang.Specification
import turgus.domain.account.UserId
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Quantity

class CartSpec extends Specification {

    def "a new cart is empty and has no promo code"() {
        when:
        def cart = Cart.emptyFor(CUSTOMER)

        then:
        cart.isEmpty()
        cart.lines().isEmpty()
        cart.itemCount() == 0
        cart.promoCode().isEmpty()
        cart.owner() == CUSTOMER
    }

    def "adding a product already in the cart adds to its line: #added gives #lines"() {
        given:
        def cart = Cart.emptyFor(CUSTOMER)

        when:
        added.each { productId, quantity -> cart.add(product(productId), Quantity.of(quantity)) }

        then:
        cart.lines() == lines.collect { productId, quantity -> line(productId, quantity) }

        where:
        added                    || lines
        [[1, 1]]                 || [[1, 1]]
        [[1, 1], [1, 2]]         || [[1, 3]]
        [[1, 1], [2, 5]]         || [[1, 1], [2, 5]]
        [[2, 5], [1, 1], [2, 1]] || [[2, 6], [1, 1]]
        [[1, 999], [1, 1]]       || [[1, 1000]]
    }

    def "several lines are added at once, the same product merging: #added into #before gives #after"() {
        given:
        def cart = Cart.restore(CUSTOMER, before.collect { line(it[0], it[1]) }, null)

        when:
        cart.addAll(added.collect { line(it[0], it[1]) })

        then:
        cart.lines() == after.collect { line(it[0], it[1]) }

        where:
        before   | added                    || after
        []       | []                       || []
        []       | [[1, 2], [2, 1]]         || [[1, 2], [2, 1]]
        []       | [[1, 2], [1, 3]]         || [[1, 5]]
        [[3, 1]] | [[1, 2], [3, 4], [1, 1]] || [[3, 5], [1, 3]]
    }

    def "a line holds at most 1000 items; a change beyond it is refused whole: #why"() {
        given:
        def cart = aCart().with(1, 1).with(2, 500).build()

        when:
        change(cart)

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'quantity'
        refused.errors()[0].describe() == 'TOO_MANY_OF_PRODUCT max=1000'
        cart.lines() == [line(1, 1), line(2, 500)]

        where:
        why                            | change
        'one add'                      | { Cart c -> c.add(product(2), Quantity.of(501)) }
        'several at once'              | { Cart c -> c.addAll([line(3, 1), line(2, 300), line(2, 201)]) }
        'a new product at once'        | { Cart c -> c.addAll([line(3, 1001)]) }
        'a changed quantity'           | { Cart c -> c.changeQuantity(product(1), 1001) }
    }

    def "CART_FULL max=100"() {
        given:
        def cart = Cart.restore(CUSTOMER, (1..99).collect { line(it, 1) }, null)

        when:
        cart.add(product(100), Quantity.of(1))

        then:
        cart.lines().size() == 100

        when:
        cart.addAll([line(100, 1), line(101, 1)])

        then:
        def refused = thrown(InvalidValueException)
        refused.errors()[0].describe() == 'CART_FULL max=100'
        cart.lines().size() == 100
        cart.line(product(100)).get().quantity() == Quantity.of(1)
    }

    def "changing a quantity sets it; 0 removes the line: #quantity"() {
        given:
        def cart = aCart().with(1, 2).with(2, 3).build()

        when:
        cart.changeQuantity(product(1), quantity)

        then:
        cart.lines() == lines.collect { line(it[0], it[1]) }

        where:
        quantity || lines
        1        || [[1, 1], [2, 3]]
        7        || [[1, 7], [2, 3]]
        1000     || [[1, 1000], [2, 3]]
        0        || [[2, 3]]
    }

    def "a negative quantity is refused"() {
        given:
        def cart = aCart().with(1, 2).build()

        when:
        cart.changeQuantity(product(1), -1)

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'quantity'
        refused.errors()[0].describe() == 'NEGATIVE'
        cart.lines() == [line(1, 2)]
    }

    def "a product not in the cart can be neither changed nor removed: #why"() {
        given:
        def cart = aCart().with(1, 2).build()

        when:
        change(cart)

        then:
        def refused = thrown(ProductNotInCart)
        refused.productId() == product(9)
        refused.message == 'This product is not in the cart'
        cart.lines() == [line(1, 2)]

        where:
        why                  | change
        'change it'          | { Cart c -> c.changeQuantity(product(9), 3) }
        'remove it with 0'   | { Cart c -> c.changeQuantity(product(9), 0) }
        'remove it'          | { Cart c -> c.remove(product(9)) }
    }

    def "removing a product keeps the other lines in their order"() {
        given:
        def cart = aCart().with(1, 1).with(2, 2).with(3, 3).build()

        when:
        cart.remove(product(2))

        then:
        cart.lines() == [line(1, 1), line(3, 3)]
        !cart.contains(product(2))
        cart.productIds() == [product(1), product(3)]
        cart.itemCount() == 4
    }

    def "clearing empties the lines and forgets the promo code"() {
        given:
        def cart = aCart().with(1, 1).with(2, 2).withPromoCode('welcome').build()

        when:
        cart.clear()

        then:
        cart.isEmpty()
        cart.promoCode().isEmpty()
    }

    def "a promo code is stored normalised, replaced by the next and removable"() {
        given:
        def cart = aCart().build()

        when:
        cart.applyPromoCode(' welcome ')

        then:
        cart.promoCode().get() == 'WELCOME'

        when:
        cart.applyPromoCode('save-5')

        then:
        cart.promoCode().get() == 'SAVE-5'

        when:
        cart.removePromoCode()

        then:
        cart.promoCode().isEmpty()
    }

    def "a malformed promo code is refused and the old one kept"() {
        given:
        def cart = aCart().withPromoCode('WELCOME').build()

        when:
        cart.applyPromoCode('no way')

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'code'
        cart.promoCode().get() == 'WELCOME'
    }

    def "the shop sells as many items as it has in stock: #quantity of #stock"() {
        given:
        def cart = aCart().with(1, quantity).build()

        when:
        cart.checkStock(aProduct().withId(1).inStock(stock).build())

        then:
        noExceptionThrown()

        where:
        quantity | stock
        1        | 1
        5        | 10
        1000     | 1000
    }

    def "the shop refuses more items than it can sell: #quantity in the cart, stock #stock, #state"() {
        given:
        def cart = aCart().with(1, quantity).build()
        def tea = aProduct().withId(1).named('Green tea').inStock(stock)

        when:
        cart.checkStock((state == 'withdrawn' ? tea.withdrawn() : tea).build())

        then:
        def refused = thrown(InsufficientStock)
        refused.message == message
        refused.available() == available
        refused.requested() == quantity
        refused.productId() == product(1)
        refused.productName() == 'Green tea'

        where:
        quantity | stock | state       || available | message
        5        | 4     | 'on sale'   || 4         | 'Only 4 of Green tea are left'
        5        | 1     | 'on sale'   || 1         | 'Only 1 of Green tea is left'
        1        | 0     | 'on sale'   || 0         | 'Green tea is no longer available'
        1        | 10    | 'withdrawn' || 0         | 'Green tea is no longer available'
    }

    def "a product that is not in the cart passes the stock check"() {
        when:
        aCart().with(1, 5).build().checkStock(aProduct().withId(2).inStock(0).build())

        then:
        noExceptionThrown()
    }

    def "a stored cart is rebuilt as it was"() {
        when:
        def cart = aCart().ownedBy(7).with(1, 2).with(2, 1).withPromoCode('WELCOME').build()

        then:
        cart.owner() == UserId.of(7)
        cart.lines() == [line(1, 2), line(2, 1)]
        cart.line(product(1)).get().quantity().value() == 2
        cart.line(product(5)).isEmpty()
        cart.promoCode().get() == 'WELCOME'
        cart.toString().endsWith(', WELCOME]')
        !Cart.emptyFor(CUSTOMER).toString().contains('WELCOME')
    }

    def "the lines handed out cannot change the cart"() {
        given:
        def cart = aCart().with(1, 2).build()

        when:
        cart.lines().clear()

        then:
        thrown(UnsupportedOperationException)
        cart.lines().size() == 1
    }

    def "a cart has an owner and its lines name a product and a quantity"() {
        when:
        construction()

        then:
        thrown(NullPointerException)

        where:
        construction << [
                { Cart.emptyFor(null) },
                { new CartLine(null, Quantity.of(1)) },
                { new CartLine(product(1), null) },
                { Cart.emptyFor(CUSTOMER).addAll(null) },
                { Cart.emptyFor(CUSTOMER).addAll([null]) },
                { Cart.emptyFor(CUSTOMER).remove(null) }]
    }
}

package turgus.web.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.discount.port.in.ManagePromoCodesUseCase
import turgus.domain.account.UserId
import turgus.domain.discount.PromoCode
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

/** The saved cart over HTTP: adding, changing, removing, clearing, promo codes and availability. */
@MicronautTest(transactional = false)
class CartSpec extends ShoppingWebSpec {
    @Inject
    ManagePromoCodesUseCase promoCodes

    static final Set<String> CART_FIELDS = ['lines', 'subtotal', 'discounts', 'total', 'promoCode', 'promoCodeProblem', 'currency'] as Set
    static final Set<String> LINE_FIELDS = ['productId', 'name', 'unitPrice', 'quantity', 'lineTotal', 'available'] as Set

    void "a new cart is empty"() {
        when:
        Reply reply = get('/api/cart', newUser().accessToken)

        then:
        reply.status == 200
        reply.json.keySet() == CART_FIELDS
        reply.json.lines == []
        reply.json.subtotal == 0
        reply.json.discounts == []
        reply.json.total == 0
        reply.json.promoCode == null
        reply.json.currency == 'EUR'
    }

    void "one product is added, then more of it and several at once, and the cart is priced"() {
        given:
        TestUser buyer = newUser()
        long tea = addProduct('Green tea', '2.50', 10)
        long cup = addProduct('Cup', '7.00', 3)

        when:
        Reply one = addToCart(buyer, tea, 2)
        Reply several = post('/api/cart/items', [[productId: tea, quantity: 1], [productId: cup, quantity: 3]], buyer.accessToken)

        then:
        one.status == 200
        one.json.lines.size() == 1
        one.json.lines[0].keySet() == LINE_FIELDS
        one.json.lines[0] == [productId: tea, name: 'Green tea', unitPrice: 2.5, quantity: 2, lineTotal: 5, available: true]
        several.status == 200
        several.json.lines.collectEntries { [(it.productId as long): it.quantity as int] } == [(tea): 3, (cup): 3]
        several.json.subtotal == 28.5
        several.json.total == 28.5

        and: 'the cart is saved'
        get('/api/cart', buyer.accessToken).json.subtotal == 28.5
    }

    void "the cart survives signing out and in again"() {
        given:
        TestUser buyer = newUser()
        long tea = addProduct()
        addToCart(buyer, tea, 1)
        assert post('/api/auth/logout', null, buyer.accessToken).status == 204

        expect:
        get('/api/cart', signIn(buyer).accessToken).json.lines*.productId == [tea]
    }

    void "a quantity below 1 is a 400"() {
        given:
        long tea = addProduct()

        expect:
        with(addToCart(newUser(), tea, 0)) {
            status == 400
            json.errors*.field == ['quantity']
        }
        post('/api/cart/items', [productId: tea, quantity: 1.5], customer.accessToken).status == 400
        post('/api/cart/items', [], customer.accessToken).status == 400
        post('/api/cart/items', [quantity: 1], customer.accessToken).json.errors*.field == ['productId']
        post('/api/cart/items', [productId: 'tea', quantity: 1], customer.accessToken).status == 400
    }

    void "an unknown or withdrawn product is a 404"() {
        given:
        long withdrawn = addProduct()
        assert post("/api/admin/products/${withdrawn}/withdraw", null, admin.accessToken).status == 200

        expect:
        addToCart(newUser(), 999_999_999L).status == 404
        with(addToCart(newUser(), withdrawn)) {
            status == 404
            json.code == 404
        }
    }

    void "more than in stock is a 409 naming the product, and the cart is unchanged"() {
        given:
        TestUser buyer = newUser()
        long rare = addProduct('Rare oolong', '30.00', 2)
        addToCart(buyer, rare, 2)

        when:
        Reply reply = addToCart(buyer, rare, 1)

        then:
        reply.status == 409
        reply.json == [code: 409, message: 'Only 2 of Rare oolong are left', reason: 'OUT_OF_STOCK',
                       details: [productId: rare, productName: 'Rare oolong', requested: 3, available: 2]]
        get('/api/cart', buyer.accessToken).json.lines[0].quantity == 2
    }

    void "a quantity is changed, 0 removes the line, and its refusals"() {
        given:
        TestUser buyer = newUser()
        long tea = addProduct('Black tea', '3.00', 5)
        long other = addProduct()
        addToCart(buyer, tea, 1)

        expect:
        with(put("/api/cart/items/${tea}", [quantity: 4], buyer.accessToken)) {
            status == 200
            json.lines[0].quantity == 4
            json.total == 12
        }
        put("/api/cart/items/${tea}", [quantity: 6], buyer.accessToken).status == 409
        put("/api/cart/items/${tea}", [quantity: -1], buyer.accessToken).json.errors*.field == ['quantity']
        put("/api/cart/items/${tea}", [:], buyer.accessToken).status == 400
        put("/api/cart/items/${other}", [quantity: 1], buyer.accessToken).status == 404
        put("/api/cart/items/${tea}", [quantity: 0], buyer.accessToken).json.lines == []
    }

    void "one line is removed; a product not in the cart is a 404"() {
        given:
        TestUser buyer = newUser()
        long tea = addProduct()
        long cup = addProduct()
        post('/api/cart/items', [[productId: tea, quantity: 1], [productId: cup, quantity: 1]], buyer.accessToken)

        expect:
        with(delete("/api/cart/items/${tea}", buyer.accessToken)) {
            status == 200
            json.lines*.productId == [cup]
        }
        with(delete("/api/cart/items/${tea}", buyer.accessToken)) {
            status == 404
            json == [code: 404, message: 'This product is not in the cart', reason: 'NOT_IN_CART', details: [productId: tea]]
        }
    }

    void "the whole cart is cleared"() {
        given:
        TestUser buyer = newUser()
        addToCart(buyer, addProduct(), 2)

        expect:
        delete('/api/cart', buyer.accessToken).status == 204
        get('/api/cart', buyer.accessToken).json.lines == []
    }

    void "a line whose product is withdrawn or ran out is flagged and counts for nothing"() {
        given:
        TestUser buyer = newUser()
        long tea = addProduct('Jasmine tea', '4.00', 3)
        long cup = addProduct('Mug', '6.00', 3)
        post('/api/cart/items', [[productId: tea, quantity: 1], [productId: cup, quantity: 1]], buyer.accessToken)
        assert post("/api/admin/products/${tea}/withdraw", null, admin.accessToken).status == 200

        when:
        Map cart = get('/api/cart', buyer.accessToken).json as Map

        then:
        cart.lines.find { it.productId == tea }.available == false
        cart.lines.find { it.productId == cup }.available == true
        cart.subtotal == 6
        cart.total == 6
    }

    void "a promo code is applied, shown as a discount, and taken off again"() {
        given:
        TestUser buyer = newUser()
        String code = 'WEB' + UUID.randomUUID().toString().substring(0, 6).toUpperCase()
        assert promoCodes.create(PromoCode.define(code, 10, null, null, null, null, null), UserId.of(admin.id)) != null
        addToCart(buyer, addProduct('Tea box', '20.00', 5), 1)

        when:
        Reply applied = put('/api/cart/promo-code', [code: code.toLowerCase()], buyer.accessToken)

        then:
        applied.status == 200
        applied.json.promoCode == code
        applied.json.discounts.size() == 1
        applied.json.discounts[0].amount == 2
        applied.json.total == 18

        when:
        Reply removed = delete('/api/cart/promo-code', buyer.accessToken)

        then:
        removed.status == 200
        removed.json.promoCode == null
        removed.json.discounts == []
        removed.json.total == 20
    }

    void "an unknown promo code is a 400 on the field code"() {
        when:
        Reply reply = put('/api/cart/promo-code', [code: 'NO-SUCH-CODE'], newUser().accessToken)

        then:
        reply.status == 400
        reply.json.errors*.field == ['code']
        reply.json.errors[0].message == 'This promo code does not exist'
        reply.json.reason == 'PROMO_CODE_UNKNOWN'
        reply.json.details == [code: 'NO-SUCH-CODE']
        put('/api/cart/promo-code', [:], customer.accessToken).json.errors*.field == ['code']
    }

    void "a promo code whose minimum the cart does not reach is a 400 on code, saying why"() {
        given:
        TestUser buyer = newUser()
        String code = 'MIN' + UUID.randomUUID().toString().substring(0, 6).toUpperCase()
        promoCodes.create(PromoCode.define(code, null, 5.00, 100.00, null, null, null), UserId.of(admin.id))
        addToCart(buyer, addProduct('Small tea', '10.00', 5), 1)

        when:
        Reply reply = put('/api/cart/promo-code', [code: code], buyer.accessToken)

        then:
        reply.status == 400
        reply.json.errors*.field == ['code']
        reply.json.errors[0].message
        reply.json.errors[0].message == 'This promo code needs an order of at least 100.00 EUR'
        reply.json.reason == 'PROMO_CODE_MINIMUM_NOT_MET'
        reply.json.details == [code: code, minimum: 100]
        get('/api/cart', buyer.accessToken).json.promoCode == null
    }
}

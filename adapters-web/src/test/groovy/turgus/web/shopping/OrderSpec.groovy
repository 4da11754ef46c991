package turgus.web.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

/** Checkout and the customer's own orders over HTTP. */
@MicronautTest(transactional = false)
class OrderSpec extends ShoppingWebSpec {
    static final Set<String> ORDER_FIELDS =
            ['id', 'status', 'lines', 'subtotal', 'discounts', 'total', 'promoCode', 'createdAt', 'refundedAt'] as Set

    void "checkout pays the cart: 201 with the order, the balance debited, the stock taken, the cart emptied"() {
        given:
        TestUser buyer = buyerWith('50')
        long tea = addProduct('Assam', '12.50', 4)
        addToCart(buyer, tea, 2)

        when:
        Reply reply = checkout(buyer)

        then:
        reply.status == 201
        reply.json.keySet() == ORDER_FIELDS
        reply.json.status == 'PAID'
        reply.json.lines == [[productId: tea, name: 'Assam', unitPrice: 12.5, quantity: 2, lineTotal: 25]]
        reply.json.subtotal == 25
        reply.json.discounts == []
        reply.json.total == 25
        reply.json.createdAt ==~ /\d{4}-.*Z/
        balanceOf(buyer) == 25
        stockOf(tea) == 2
        get('/api/cart', buyer.accessToken).json.lines == []

        and: 'the ledger names the order'
        with(get('/api/me/balance/transactions', buyer.accessToken).json.items[0]) {
            type == 'PURCHASE'
            amount == -25
            orderId == reply.json.id
        }
    }

    void "an empty cart is a 400 that says so"() {
        when:
        Reply reply = checkout(buyerWith('10'))

        then:
        reply.status == 400
        reply.json == [code: 400, message: 'Your cart is empty.', errors: [[field: 'cart', message: 'is empty', rule: 'CART_EMPTY']], reason: 'CART_EMPTY']
    }

    void "a product that ran out is a 409 naming it, and nothing is bought"() {
        given:
        TestUser buyer = buyerWith('100')
        TestUser rival = buyerWith('100')
        long tea = addProduct('Last Darjeeling', '10.00', 1)
        addToCart(buyer, tea, 1)
        addToCart(rival, tea, 1)
        assert checkout(rival).status == 201

        when:
        Reply reply = checkout(buyer)

        then:
        reply.status == 409
        reply.json == [code: 409, message: 'Last Darjeeling is no longer available', reason: 'OUT_OF_STOCK',
                       details: [productId: tea, productName: 'Last Darjeeling', requested: 1, available: 0]]
        balanceOf(buyer) == 100
        get('/api/cart', buyer.accessToken).json.lines.size() == 1
    }

    void "too little money is a 402 saying what is needed and what the balance has"() {
        given:
        TestUser buyer = buyerWith('10')
        long tea = addProduct('Pu-erh', '12.50', 3)
        addToCart(buyer, tea, 1)

        when:
        Reply reply = checkout(buyer)

        then:
        reply.status == 402
        reply.json.code == 402
        reply.json.message == 'The balance is too low: this order needs 12.50 EUR, the balance has 10.00 EUR. Top up 2.50 EUR or more to pay it.'
        reply.json.reason == 'INSUFFICIENT_BALANCE'
        reply.json.details == [needed: 12.5, available: 10]
        stockOf(tea) == 3
        balanceOf(buyer) == 10
    }

    void "a retried checkout with the same Idempotency-Key buys once and answers the same order"() {
        given:
        TestUser buyer = buyerWith('100')
        long tea = addProduct('Sencha', '10.00', 5)
        addToCart(buyer, tea, 1)
        Map key = ['Idempotency-Key': 'order-' + UUID.randomUUID()]

        when:
        Reply first = post('/api/orders', null, buyer.accessToken, key)
        addToCart(buyer, tea, 1)
        Reply again = post('/api/orders', null, buyer.accessToken, key)

        then:
        first.status == 201
        again.status == 201
        again.text == first.text
        balanceOf(buyer) == 90
        stockOf(tea) == 4
        get('/api/orders', buyer.accessToken).json.totalItems == 1
    }

    void "a key first used for a top-up is a 422 on checkout; a bad key is a 400"() {
        given:
        TestUser buyer = newUser()
        Map key = ['Idempotency-Key': 'mixed-' + UUID.randomUUID()]
        assert post('/api/me/balance/top-ups', [amount: 50], buyer.accessToken, key).status == 201
        addToCart(buyer, addProduct(), 1)

        expect:
        post('/api/orders', null, buyer.accessToken, key).status == 422
        post('/api/orders', null, buyer.accessToken, ['Idempotency-Key': 'x' * 256]).status == 400
    }

    void "my orders are listed newest first and shown one by one; another's order is a 404"() {
        given:
        TestUser buyer = buyerWith('100')
        TestUser stranger = newUser()
        long tea = addProduct('Genmaicha', '5.00', 10)
        List<Long> ids = (1..3).collect {
            addToCart(buyer, tea, it)
            checkout(buyer).json.id as long
        }

        when:
        Reply page = get('/api/orders?size=2', buyer.accessToken)
        Reply one = get("/api/orders/${ids[0]}", buyer.accessToken)

        then:
        page.status == 200
        page.json.totalItems == 3
        page.json.items*.id == [ids[2], ids[1]]
        page.json.items.every { it.keySet() == ORDER_FIELDS }
        one.status == 200
        one.json.lines[0].quantity == 1
        get("/api/orders/${ids[0]}", stranger.accessToken).status == 404
        get('/api/orders/999999999', buyer.accessToken).status == 404
        get('/api/orders', stranger.accessToken).json.totalItems == 0
    }
}

package turgus.web.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

/** Admins over HTTP: every order, refunds and balance adjustments. */
@MicronautTest(transactional = false)
class AdminShoppingSpec extends ShoppingWebSpec {

    void "admins page through every order with its customer, and search them"() {
        given:
        TestUser buyer = buyerWith('100')
        addToCart(buyer, addProduct(), 1)
        long id = checkout(buyer).json.id as long

        when:
        Reply all = get('/api/admin/orders', admin.accessToken)
        Reply found = get("/api/admin/orders?q=${buyer.email}", admin.accessToken)

        then:
        all.status == 200
        all.json.items[0].id == id
        found.json.totalItems == 1
        found.json.items[0].customer.id == buyer.id
        found.json.items[0].customer.email == buyer.email
        found.json.items[0].customer.fullName.startsWith('Test User')
        get('/api/admin/orders', customer.accessToken).status == 403
        get('/api/admin/orders').status == 401
    }

    void "a refund puts the money and the stock back, once"() {
        given:
        TestUser buyer = buyerWith('100')
        long tea = addProduct('Refundable tea', '15.00', 4)
        addToCart(buyer, tea, 2)
        long id = checkout(buyer).json.id as long

        when:
        Reply refund = post("/api/admin/orders/${id}/refund", null, admin.accessToken)

        then:
        refund.status == 200
        refund.json.status == 'REFUNDED'
        refund.json.refundedAt
        balanceOf(buyer) == 100
        stockOf(tea) == 4
        get("/api/orders/${id}", buyer.accessToken).json.status == 'REFUNDED'
        with(get('/api/me/balance/transactions', buyer.accessToken).json.items[0]) {
            type == 'REFUND'
            amount == 30
            orderId == id
        }

        when:
        Reply again = post("/api/admin/orders/${id}/refund", null, admin.accessToken)

        then:
        again.status == 409
        again.json == [code: 409, message: 'This order has already been refunded', reason: 'ALREADY_REFUNDED', details: [orderId: id]]
        balanceOf(buyer) == 100
    }

    void "refunding an unknown order is a 404, and customers may not refund"() {
        expect:
        post('/api/admin/orders/999999999/refund', null, admin.accessToken).status == 404
        post('/api/admin/orders/1/refund', null, customer.accessToken).status == 403
    }

    void "an admin credits and debits a balance with a reason kept in the ledger"() {
        given:
        TestUser buyer = buyerWith('10')

        when:
        Reply credit = post("/api/admin/users/${buyer.id}/balance-adjustments", [amount: 5.5, reason: 'Late delivery'], admin.accessToken)
        Reply debit = post("/api/admin/users/${buyer.id}/balance-adjustments", [amount: -15.5, reason: 'Chargeback'], admin.accessToken)

        then:
        credit.status == 201
        credit.json.type == 'ADJUSTMENT'
        credit.json.amount == 5.5
        credit.json.balanceAfter == 15.5
        credit.json.note == 'Late delivery'
        debit.status == 201
        debit.json.balanceAfter == 0
        balanceOf(buyer) == 0
        get('/api/me/balance/transactions', buyer.accessToken).json.items*.note.take(2) == ['Chargeback', 'Late delivery']
    }

    void "an adjustment below zero, without a reason or with more than 2 decimals is a 400"() {
        given:
        TestUser buyer = buyerWith('10')
        String path = "/api/admin/users/${buyer.id}/balance-adjustments"

        expect:
        post(path, [amount: -10.01, reason: 'Too much'], admin.accessToken).json.errors*.field == ['amount']
        post(path, [amount: 5], admin.accessToken).json.errors*.field == ['reason']
        post(path, [amount: 5, reason: '  '], admin.accessToken).status == 400
        post(path, [amount: 0.001, reason: 'x'], admin.accessToken).status == 400
        post(path, [amount: 0, reason: 'x'], admin.accessToken).status == 400
        balanceOf(buyer) == 10
    }

    void "an adjustment for an unknown user is a 404; customers may not adjust"() {
        expect:
        post('/api/admin/users/999999999/balance-adjustments', [amount: 5, reason: 'Gift'], admin.accessToken).status == 404
        post("/api/admin/users/${customer.id}/balance-adjustments", [amount: 5, reason: 'Gift'], customer.accessToken).status == 403
    }
}

package turgus.web.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

/** Admins set the loyalty rule and manage promo codes over HTTP. */
@MicronautTest(transactional = false)
class AdminDiscountSpec extends ShoppingWebSpec {

    String newCode() {
        'C' + UUID.randomUUID().toString().replace('-', '').substring(0, 8).toUpperCase()
    }

    void "the loyalty rule is shown and changed; bad values are 400s; customers get 403"() {
        when:
        Reply shown = get('/api/admin/discounts', admin.accessToken)

        then:
        shown.status == 200
        shown.json.keySet() == ['loyalty', 'tiers'] as Set
        shown.json.loyalty.keySet() == ['minCompletedOrders', 'minTotalSpent', 'percent'] as Set

        when:
        Reply changed = put('/api/admin/discounts/loyalty', [minCompletedOrders: 3, minTotalSpent: 500, percent: 7], admin.accessToken)

        then:
        changed.status == 200
        changed.json.loyalty == [minCompletedOrders: 3, minTotalSpent: 500, percent: 7]
        get('/api/admin/discounts', admin.accessToken).json.loyalty.percent == 7

        expect:
        put('/api/admin/discounts/loyalty', [minCompletedOrders: 3, minTotalSpent: 500], admin.accessToken).json.errors*.field == ['percent']
        put('/api/admin/discounts/loyalty', [minCompletedOrders: 3, minTotalSpent: 500.001, percent: 5], admin.accessToken).status == 400
        get('/api/admin/discounts', customer.accessToken).status == 403
        put('/api/admin/discounts/loyalty', [minCompletedOrders: 3, minTotalSpent: 500, percent: 5], customer.accessToken).status == 403

        cleanup:
        put('/api/admin/discounts/loyalty', [minCompletedOrders: 3, minTotalSpent: 500, percent: 5], admin.accessToken)
    }

    void "a promo code is created, listed, changed, used in a cart and deleted"() {
        given:
        String code = newCode()

        when:
        Reply created = post('/api/admin/promo-codes', [code: code, percent: 10, minOrderTotal: 20, maxUses: 5], admin.accessToken)

        then:
        created.status == 201
        created.json == [code: code, percent: 10, amount: null, minOrderTotal: 20, validFrom: null, validUntil: null, maxUses: 5, timesUsed: 0]
        get('/api/admin/promo-codes', admin.accessToken).json*.code.contains(code)

        when:
        Reply changed = patch("/api/admin/promo-codes/${code}", [amount: 3], admin.accessToken)

        then:
        changed.status == 200
        changed.json.percent == null
        changed.json.amount == 3
        changed.json.minOrderTotal == 20
        changed.json.maxUses == 5

        when:
        TestUser buyer = newUser()
        addToCart(buyer, addProduct('Promo tea', '25.00', 5), 1)
        Reply cart = put('/api/cart/promo-code', [code: code], buyer.accessToken)

        then:
        cart.json.total == 22

        expect:
        delete("/api/admin/promo-codes/${code}", admin.accessToken).status == 204
        delete("/api/admin/promo-codes/${code}", admin.accessToken).status == 404
        patch("/api/admin/promo-codes/${code}", [percent: 5], admin.accessToken).status == 404
    }

    void "promo code refusals: a duplicate is a 409, a bad form a 400, customers 403"() {
        given:
        String code = newCode()
        assert post('/api/admin/promo-codes', [code: code, percent: 10], admin.accessToken).status == 201

        expect:
        post('/api/admin/promo-codes', [code: code, percent: 15], admin.accessToken).status == 409
        post('/api/admin/promo-codes', [code: newCode()], admin.accessToken).json.errors*.field == ['percent']
        post('/api/admin/promo-codes', [code: newCode(), percent: 10, amount: 5], admin.accessToken).status == 400
        post('/api/admin/promo-codes', [code: newCode(), amount: 1.001], admin.accessToken).status == 400
        get('/api/admin/promo-codes', customer.accessToken).status == 403
        post('/api/admin/promo-codes', [code: newCode(), percent: 10], customer.accessToken).status == 403
    }
}

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

    void "the loyalty tiers are replaced as a list, lowest first, and an empty list removes them"() {
        given:
        List<Map> tiers = [
                [name: 'Silver', minCompletedOrders: 10, minTotalSpent: 1000, percent: 8],
                [name: 'Gold', minCompletedOrders: 20, minTotalSpent: 2500.50, percent: 12],
        ]

        when:
        Reply changed = put('/api/admin/discounts/tiers', tiers, admin.accessToken)

        then:
        changed.status == 200
        changed.json.tiers == tiers
        changed.json.loyalty == [minCompletedOrders: 3, minTotalSpent: 500, percent: 5]
        get('/api/admin/discounts', admin.accessToken).json.tiers*.name == ['Silver', 'Gold']

        when:
        Reply removed = put('/api/admin/discounts/tiers', [], admin.accessToken)

        then:
        removed.status == 200
        removed.json.tiers == []
        get('/api/admin/discounts', admin.accessToken).json.tiers == []
    }

    void "a refused tier list names the row and field (#problem) and changes nothing"() {
        given:
        put('/api/admin/discounts/tiers', [[name: 'Silver', minCompletedOrders: 10, minTotalSpent: 1000, percent: 8]], admin.accessToken)

        when:
        Reply refused = put('/api/admin/discounts/tiers', body, admin.accessToken)

        then:
        refused.status == 400
        refused.json.errors*.field == fields
        get('/api/admin/discounts', admin.accessToken).json.tiers*.name == ['Silver']

        cleanup:
        put('/api/admin/discounts/tiers', [], admin.accessToken)

        where:
        problem                   | body                                                                                                                                                  || fields
        'no name'                 | [[minCompletedOrders: 10, minTotalSpent: 1000, percent: 8]]                                                                                           || ['tiers[0].name']
        'fractional orders'       | [[name: 'A', minCompletedOrders: 10.5, minTotalSpent: 1000, percent: 8]]                                                                              || ['tiers[0].minCompletedOrders']
        'three decimals'          | [[name: 'A', minCompletedOrders: 10, minTotalSpent: 1000.001, percent: 8]]                                                                            || ['tiers[0].minTotalSpent']
        'percent over 100'        | [[name: 'A', minCompletedOrders: 10, minTotalSpent: 1000, percent: 101]]                                                                              || ['tiers[0].percent']
        'missing fields'          | [[name: 'A']]                                                                                                                                         || ['tiers[0].minCompletedOrders', 'tiers[0].minTotalSpent', 'tiers[0].percent']
        'second row wrong'        | [[name: 'A', minCompletedOrders: 10, minTotalSpent: 1000, percent: 8], [name: 'B', minCompletedOrders: 20, minTotalSpent: 2000, percent: -1]]         || ['tiers[1].percent']
        'a null row'              | [null]                                                                                                                                                || ['tiers[0]']
        'a number as a row'       | [[name: 'A', minCompletedOrders: 10, minTotalSpent: 1000, percent: 8], 7]                                                                             || ['tiers[1]']
        'not above the one below' | [[name: 'A', minCompletedOrders: 10, minTotalSpent: 1000, percent: 8], [name: 'B', minCompletedOrders: 5, minTotalSpent: 2000, percent: 9]]           || ['tiers']
        'not a larger discount'   | [[name: 'A', minCompletedOrders: 10, minTotalSpent: 1000, percent: 8], [name: 'B', minCompletedOrders: 20, minTotalSpent: 2000, percent: 8]]          || ['tiers']
        'a repeated name'         | [[name: 'A', minCompletedOrders: 10, minTotalSpent: 1000, percent: 8], [name: 'a', minCompletedOrders: 20, minTotalSpent: 2000, percent: 9]]          || ['tiers']
        'below the loyal rule'    | [[name: 'A', minCompletedOrders: 2, minTotalSpent: 1000, percent: 8]]                                                                                 || ['tiers']
    }

    void "the tiers route is for admins only, and a body that is not a list is a 400"() {
        expect:
        put('/api/admin/discounts/tiers', [], customer.accessToken).status == 403
        put('/api/admin/discounts/tiers', [name: 'A'], admin.accessToken).json.errors*.field == ['tiers']
        put('/api/admin/discounts/tiers', [], null).status == 401
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

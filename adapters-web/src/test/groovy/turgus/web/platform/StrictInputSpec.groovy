package turgus.web.platform

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Shared
import spock.lang.Unroll
import turgus.domain.account.UserId
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

/**
 * Every endpoint that takes a JSON body reads it strictly: a value of the wrong JSON type, a
 * fraction where a whole number belongs, content after the value and a key given twice are a 400
 * in the error shape, naming the field where there is one, and change nothing.
 */
@MicronautTest(transactional = false)
class StrictInputSpec extends WebSpec {
    static final String MALFORMED = 'The request body is not valid JSON.'

    /** Every route with a JSON body, with a body it would accept (or refuse only for its content). */
    static final Map<String, Map> ROUTES = [
            'register'            : [method: 'POST', valid: '{"fullName": "Jo Strict", "email": "strict@example.com", "phone": "+79990001122", "password": "Correct-horse-7!", "passwordConfirmation": "Correct-horse-7!"}', key: 'email'],
            'confirm registration': [method: 'POST', valid: '{"email": "strict@example.com", "code": "123456"}', key: 'code'],
            'login'               : [method: 'POST', valid: '{"username": "nobody@example.com", "password": "x"}', key: 'username'],
            'refresh tokens'      : [method: 'POST', valid: '{"grant_type": "refresh_token", "refresh_token": "x"}', key: 'refresh_token'],
            'forgot password'     : [method: 'POST', valid: '{"email": "nobody@example.com"}', key: 'email'],
            'reset password'      : [method: 'POST', valid: '{"token": "x", "newPassword": "Another-horse-8!", "newPasswordConfirmation": "Another-horse-8!"}', key: 'token'],
            'revert email'        : [method: 'POST', valid: '{"token": "x"}', key: 'token'],
            'change profile'      : [method: 'PATCH', valid: '{"fullName": "Jo Changed"}', key: 'fullName'],
            'change password'     : [method: 'POST', valid: '{"oldPassword": "Correct-horse-7!", "newPassword": "Another-horse-8!", "newPasswordConfirmation": "Another-horse-8!"}', key: 'newPassword'],
            'top up'              : [method: 'POST', valid: '{"amount": 5}', key: 'amount'],
            'add to cart'         : [method: 'POST', valid: '{"productId": PRODUCT, "quantity": 1}', key: 'quantity'],
            'add several to cart' : [method: 'POST', valid: '[{"productId": PRODUCT, "quantity": 1}, {"productId": PRODUCT, "quantity": 1}]', key: 'quantity', at: '[1].'],
            'change cart quantity': [method: 'PUT', valid: '{"quantity": 2}', key: 'quantity'],
            'apply promo code'    : [method: 'PUT', valid: '{"code": "STRICT10"}', key: 'code'],
            'add product'         : [method: 'POST', valid: '{"name": "Mug", "price": 3, "stock": 1}', key: 'price'],
            'change product'      : [method: 'PATCH', valid: '{"price": 3}', key: 'price'],
            'restock product'     : [method: 'POST', valid: '{"quantity": 3}', key: 'quantity'],
            'adjust balance'      : [method: 'POST', valid: '{"amount": 5, "reason": "Goodwill"}', key: 'amount'],
            'change loyalty rule' : [method: 'PUT', valid: '{"minCompletedOrders": 3, "minTotalSpent": 100, "percent": 5}', key: 'percent'],
            'replace tiers'       : [method: 'PUT', valid: '[{"name": "Gold", "minCompletedOrders": 10, "minTotalSpent": 1000, "percent": 10}]', key: 'percent', at: '[0].'],
            'add promo code'      : [method: 'POST', valid: '{"code": "STRICT20", "percent": 20}', key: 'percent'],
            'change promo code'   : [method: 'PATCH', valid: '{"percent": 15}', key: 'percent'],
    ]

    @Shared
    Map<String, Object> fixtures = [:]

    /** A product in the customer's cart, a promo code, and some balance: things a refused request must leave alone. */
    Map<String, Object> getShop() {
        if (!fixtures) {
            Reply product = post('/api/admin/products', [name: 'Strict tea', price: 2.5, stock: 50], admin.accessToken)
            assert product.status == 201: product
            fixtures.product = product.json.id
            assert post('/api/cart/items', [productId: product.json.id, quantity: 1], customer.accessToken).status == 200
            assert post('/api/admin/promo-codes', [code: 'STRICT10', percent: 10], admin.accessToken).status == 201
            assert post('/api/me/balance/top-ups', [amount: 20], customer.accessToken).status == 201
        }
        fixtures
    }

    /** Where a route is, who calls it, and what it would change, read as one value. */
    Map<String, Object> target(String route) {
        long product = shop.product as long
        TestUser buyer = customer
        Closure<Object> me = { get('/api/me', buyer.accessToken).json }
        Closure<Object> sessions = { get('/api/me/sessions', buyer.accessToken).json*.id }
        Closure<Object> mails = { outbox().size() }
        Closure<Object> cart = { get('/api/cart', buyer.accessToken).json }
        Closure<Object> balance = { get('/api/me/balance', buyer.accessToken).json }
        Closure<Object> products = { get('/api/admin/products?size=100', admin.accessToken).json }
        Closure<Object> discounts = { get('/api/admin/discounts', admin.accessToken).json }
        Closure<Object> promoCodes = { get('/api/admin/promo-codes', admin.accessToken).json }
        Closure<Object> password = { accountRepository.findById(UserId.of(buyer.id)).get().passwordHash() }
        switch (route) {
            case 'register': return [path: '/api/auth/register', state: mails]
            case 'confirm registration': return [path: '/api/auth/register/confirm', state: mails]
            case 'login': return [path: '/api/auth/login', state: sessions]
            case 'refresh tokens': return [path: '/api/auth/token', state: sessions]
            case 'forgot password': return [path: '/api/auth/password/forgot', state: mails]
            case 'reset password': return [path: '/api/auth/password/reset', state: password]
            case 'revert email': return [path: '/api/auth/email/revert', state: me]
            case 'change profile': return [path: '/api/me', token: buyer.accessToken, state: me]
            case 'change password': return [path: '/api/me/password', token: buyer.accessToken, state: password]
            case 'top up': return [path: '/api/me/balance/top-ups', token: buyer.accessToken, state: balance]
            case 'add to cart':
            case 'add several to cart': return [path: '/api/cart/items', token: buyer.accessToken, state: cart]
            case 'change cart quantity': return [path: "/api/cart/items/${product}", token: buyer.accessToken, state: cart]
            case 'apply promo code': return [path: '/api/cart/promo-code', token: buyer.accessToken, state: cart]
            case 'add product': return [path: '/api/admin/products', token: admin.accessToken, state: products]
            case 'change product': return [path: "/api/admin/products/${product}", token: admin.accessToken, state: products]
            case 'restock product': return [path: "/api/admin/products/${product}/restock", token: admin.accessToken, state: products]
            case 'adjust balance': return [path: "/api/admin/users/${buyer.id}/balance-adjustments", token: admin.accessToken, state: balance]
            case 'change loyalty rule': return [path: '/api/admin/discounts/loyalty', token: admin.accessToken, state: discounts]
            case 'replace tiers': return [path: '/api/admin/discounts/tiers', token: admin.accessToken, state: discounts]
            case 'add promo code': return [path: '/api/admin/promo-codes', token: admin.accessToken, state: promoCodes]
            case 'change promo code': return [path: '/api/admin/promo-codes/STRICT10', token: admin.accessToken, state: promoCodes]
        }
        throw new IllegalArgumentException("no route ${route}")
    }

    /** Sends {@code body} to {@code route} and checks that whatever the route would change stayed as it was. */
    Reply refused(String route, String body) {
        Map<String, Object> to = target(route)
        String sent = body.replace('PRODUCT', String.valueOf(shop.product))
        Object before = (to.state as Closure).call()
        Reply reply = sendRaw(ROUTES[route].method as String, to.path as String, sent, to.token as String)
        Object after = (to.state as Closure).call()
        assert after == before: "${route} changed something with ${sent}: ${reply}"
        reply
    }

    @Unroll
    void "#route: #what is a 400 naming #field"() {
        when:
        Reply reply = refused(route, body)

        then:
        reply.status == 400
        reply.json.keySet() == ['code', 'message', 'errors', 'reason'] as Set
        reply.json.reason == 'INVALID_INPUT'
        reply.json.code == 400
        reply.json.errors*.subMap(['field', 'message']) == [[field: field, message: message]]
        reply.json.errors[0].rule ==~ /[A-Z_]+/
        !reply.text.contains('java')
        !reply.text.contains('Exception')

        where:
        route                  | what                       | body                                                                  | field                  | message
        // numbers (money)
        'top up'               | 'true for a number'        | '{"amount": true}'                                                    | 'amount'               | 'must be a number'
        'top up'               | 'text for a number'        | '{"amount": "7.5"}'                                                   | 'amount'               | 'must be a number'
        'top up'               | 'a list for a number'      | '{"amount": [5]}'                                                     | 'amount'               | 'must be a number'
        'top up'               | 'an object for a number'   | '{"amount": {"value": 5}}'                                            | 'amount'               | 'must be a number'
        'add product'          | 'true for a price'         | '{"name": "Mug", "price": true}'                                      | 'price'                | 'must be a number'
        'add product'          | 'text for a price'         | '{"name": "Mug", "price": "3"}'                                       | 'price'                | 'must be a number'
        'change product'       | 'a list for a price'       | '{"price": [3]}'                                                      | 'price'                | 'must be a number'
        'adjust balance'       | 'text for an amount'       | '{"amount": "5", "reason": "Goodwill"}'                               | 'amount'               | 'must be a number'
        'adjust balance'       | 'false for an amount'      | '{"amount": false, "reason": "Goodwill"}'                             | 'amount'               | 'must be a number'
        'change loyalty rule'  | 'text for a threshold'     | '{"minCompletedOrders": 3, "minTotalSpent": "100", "percent": 5}'     | 'minTotalSpent'        | 'must be a number'
        'add promo code'       | 'true for an amount'       | '{"code": "STRICT30", "amount": true}'                                | 'amount'               | 'must be a number'
        'change promo code'    | 'text for a minimum'       | '{"minOrderTotal": "20"}'                                             | 'minOrderTotal'        | 'must be a number'
        // whole numbers and ids
        'restock product'      | 'true for a quantity'      | '{"quantity": true}'                                                  | 'quantity'             | 'must be a whole number'
        'restock product'      | 'text for a quantity'      | '{"quantity": "3"}'                                                   | 'quantity'             | 'must be a whole number'
        'restock product'      | 'a fraction'               | '{"quantity": 2.5}'                                                   | 'quantity'             | 'must be a whole number'
        'restock product'      | '2.0 for a quantity'       | '{"quantity": 2.0}'                                                   | 'quantity'             | 'must be a whole number'
        'add product'          | 'a fraction of stock'      | '{"name": "Mug", "price": 3, "stock": 1.5}'                           | 'stock'                | 'must be a whole number'
        'add product'          | 'a list for stock'         | '{"name": "Mug", "price": 3, "stock": [1]}'                           | 'stock'                | 'must be a whole number'
        'add to cart'          | 'a fraction for an id'     | '{"productId": 30.7, "quantity": 1}'                                  | 'productId'            | 'must be a whole number'
        'add to cart'          | 'text for an id'           | '{"productId": "PRODUCT", "quantity": 1}'                             | 'productId'            | 'must be a whole number'
        'add to cart'          | 'true for a quantity'      | '{"productId": PRODUCT, "quantity": true}'                            | 'quantity'             | 'must be a whole number'
        'add several to cart'  | 'a fraction in the list'   | '[{"productId": PRODUCT, "quantity": 1}, {"productId": PRODUCT, "quantity": 1.5}]' | '[1].quantity' | 'must be a whole number'
        'add several to cart'  | 'a fraction for an id'     | '[{"productId": 30.7, "quantity": 1}]'                                | '[0].productId'        | 'must be a whole number'
        'change cart quantity' | 'a fraction'               | '{"quantity": 1.5}'                                                   | 'quantity'             | 'must be a whole number'
        'change cart quantity' | 'text for a quantity'      | '{"quantity": "2"}'                                                   | 'quantity'             | 'must be a whole number'
        'change product'       | 'a fractional percent'     | '{"salePercent": 12.5}'                                               | 'salePercent'          | 'must be a whole number'
        'change loyalty rule'  | 'a fractional percent'     | '{"minCompletedOrders": 3, "minTotalSpent": 100, "percent": 5.5}'     | 'percent'              | 'must be a whole number'
        'change loyalty rule'  | 'true for a count'         | '{"minCompletedOrders": true, "minTotalSpent": 100, "percent": 5}'    | 'minCompletedOrders'   | 'must be a whole number'
        'replace tiers'        | 'a fractional count'       | '[{"name": "Gold", "minCompletedOrders": 1.5, "minTotalSpent": 1000, "percent": 10}]' | 'tiers[0].minCompletedOrders' | 'must be a whole number'
        'replace tiers'        | 'text for a percent'       | '[{"name": "Gold", "minCompletedOrders": 10, "minTotalSpent": 1000, "percent": "10"}]' | 'tiers[0].percent' | 'must be a whole number'
        'add promo code'       | 'a fractional percent'     | '{"code": "STRICT30", "percent": 10.5}'                               | 'percent'              | 'must be a whole number'
        'add promo code'       | 'text for a use limit'     | '{"code": "STRICT30", "percent": 10, "maxUses": "5"}'                 | 'maxUses'              | 'must be a whole number'
        'change promo code'    | 'a fractional use limit'   | '{"maxUses": 2.5}'                                                    | 'maxUses'              | 'must be a whole number'
        'change promo code'    | 'true for a percent'       | '{"percent": true}'                                                   | 'percent'              | 'must be a whole number'
        // points in time
        'add promo code'       | 'a number for a date'      | '{"code": "STRICT30", "percent": 10, "validFrom": 1767225600}'        | 'validFrom'            | 'must be a date and time with an offset, like 2026-11-21T10:15:30Z'
        'change promo code'    | 'a date without an offset' | '{"validUntil": "2030-01-01T00:00:00"}'                               | 'validUntil'           | 'must be a date and time with an offset, like 2026-11-21T10:15:30Z'
        'change product'       | 'a number for a sale end'  | '{"salePercent": 10, "saleEndsAt": 1767225600000}'                    | 'saleEndsAt'           | 'must be a date and time with an offset, like 2026-11-21T10:15:30Z'
        // text
        'register'             | 'a number for a name'      | '{"fullName": 5, "email": "strict@example.com", "phone": "+79990001122", "password": "Correct-horse-7!", "passwordConfirmation": "Correct-horse-7!"}' | 'fullName' | 'must be text'
        'register'             | 'true for a password'      | '{"fullName": "Jo", "email": "strict@example.com", "phone": "+79990001122", "password": true, "passwordConfirmation": "x"}' | 'password' | 'must be text'
        'confirm registration' | 'a number for a code'      | '{"email": "strict@example.com", "code": 123456}'                     | 'code'                 | 'must be text'
        'login'                | 'a number for a username'  | '{"username": 79990001122, "password": "x"}'                          | 'username'             | 'must be text'
        'login'                | 'a list for a password'    | '{"username": "nobody@example.com", "password": ["x"]}'               | 'password'             | 'must be text'
        'refresh tokens'       | 'a number for the token'   | '{"grant_type": "refresh_token", "refresh_token": 5}'                 | 'refresh_token'        | 'must be text'
        'forgot password'      | 'an object for an email'   | '{"email": {"address": "nobody@example.com"}}'                        | 'email'                | 'must be text'
        'reset password'       | 'a number for the token'   | '{"token": 5, "newPassword": "Another-horse-8!", "newPasswordConfirmation": "Another-horse-8!"}' | 'token' | 'must be text'
        'revert email'         | 'true for the token'       | '{"token": true}'                                                     | 'token'                | 'must be text'
        'change profile'       | 'a number for a name'      | '{"fullName": 5}'                                                     | 'fullName'             | 'must be text'
        'change profile'       | 'a number for a phone'     | '{"phone": 79990001122}'                                              | 'phone'                | 'must be text'
        'change password'      | 'a number for a password'  | '{"oldPassword": 12345678, "newPassword": "Another-horse-8!", "newPasswordConfirmation": "Another-horse-8!"}' | 'oldPassword' | 'must be text'
        'apply promo code'     | 'a number for a code'      | '{"code": 123}'                                                       | 'code'                 | 'must be text'
        'add product'          | 'a number for a name'      | '{"name": 5, "price": 3}'                                             | 'name'                 | 'must be text'
        'change product'       | 'true for a description'   | '{"description": true}'                                               | 'description'          | 'must be text'
        'adjust balance'       | 'a number for a reason'    | '{"amount": 5, "reason": 42}'                                         | 'reason'               | 'must be text'
        'replace tiers'        | 'a number for a name'      | '[{"name": 7, "minCompletedOrders": 10, "minTotalSpent": 1000, "percent": 10}]' | 'tiers[0].name' | 'must be text'
        'add promo code'       | 'a number for a code'      | '{"code": 2024, "percent": 10}'                                       | 'code'                 | 'must be text'
        // control characters, which PostgreSQL cannot store (U+0000) or no person types
        'add product'          | 'a NUL in a name'          | '{"name": "Mu\\u0000g", "price": 3}'                                | 'name'                 | 'must not contain control characters'
        'change product'       | 'a bell in a description'  | '{"description": "Ring \\u0007 me"}'                                | 'description'          | 'must not contain control characters'
        'register'             | 'a NUL in a name'          | '{"fullName": "Jo\\u0000", "email": "strict@example.com", "phone": "+79990001122", "password": "Correct-horse-7!", "passwordConfirmation": "Correct-horse-7!"}' | 'fullName' | 'must not contain control characters'
        'adjust balance'       | 'an escape in a reason'    | '{"amount": 5, "reason": "Good\\u001bwill"}'                        | 'reason'               | 'must not contain control characters'
        'login'                | 'a NUL in a password'      | '{"username": "nobody@example.com", "password": "x\\u0000"}'        | 'password'             | 'must not contain control characters'
    }

    @Unroll
    void "#route: #breakage is a 400"() {
        given:
        String valid = ROUTES[route].valid
        String key = ROUTES[route].key
        String field = (ROUTES[route].at ?: '') + key
        String body = [
                'content after the value': valid + ' garbage',
                'a second value'         : valid + valid,
                'a key given twice'      : twice(valid, key, ROUTES[route].at != null),
        ][breakage]

        when:
        Reply reply = refused(route, body)

        then:
        reply.status == 400
        reply.json.code == 400
        breakage == 'a key given twice'
                ? reply.json.errors == [[field: field, message: 'is given more than once', rule: 'GIVEN_TWICE']]
                : reply.json == [code: 400, message: MALFORMED]

        where:
        [route, breakage] << [ROUTES.keySet(), ['content after the value', 'a second value', 'a key given twice']]
                .combinations()
    }

    /** {@code valid} with {@code key} given a second time in its last object. */
    static String twice(String valid, String key, boolean list) {
        int end = list ? valid.lastIndexOf('}') : valid.length() - 1
        valid.substring(0, end) + ", \"${key}\": 1" + valid.substring(end)
    }

    void "the top-ups of the report are refused and the balance stays"() {
        given:
        TestUser buyer = newUser()

        expect:
        ['{"amount": true}', '{"amount": "7.5"}', '{"amount": [5]}', '{"amount": 1} garbage',
         '{"amount":1}{"amount":2}', '{"amount":1,"amount":5}'].every { body ->
            sendRaw('POST', '/api/me/balance/top-ups', body, buyer.accessToken).status == 400
        }
        get('/api/me/balance', buyer.accessToken).json.balance == 0
    }

    @Unroll
    void "what the rules allow is still taken: #what"() {
        when:
        Reply reply = sendRaw(method, path.replace('PRODUCT', String.valueOf(shop.product)),
                body.replace('PRODUCT', String.valueOf(shop.product)), admin.accessToken)

        then:
        reply.status == status

        where:
        what                          | method  | path                                  | body                                                        || status
        'a whole amount'              | 'POST'  | '/api/me/balance/top-ups'             | '{"amount": 12}'                                            || 201
        'an amount with two decimals' | 'POST'  | '/api/me/balance/top-ups'             | '{"amount": 12.50}'                                         || 201
        'an amount written as 12.0'   | 'POST'  | '/api/me/balance/top-ups'             | '{"amount": 12.0}'                                          || 201
        'items as a list'             | 'POST'  | '/api/cart/items'                     | '[{"productId": PRODUCT, "quantity": 2}]'                   || 200
        'a null for an optional field'| 'POST'  | '/api/admin/products'                 | '{"name": "Jug", "price": 4, "stock": null, "description": null}' || 201
        'a sale ended with null'      | 'PATCH' | '/api/admin/products/PRODUCT'         | '{"salePercent": null}'                                     || 200
        'dates as ISO text'           | 'POST'  | '/api/admin/promo-codes'              | '{"code": "DATED5", "percent": 5, "validFrom": "2026-01-01T00:00:00Z", "validUntil": "2030-01-01T00:00:00Z", "maxUses": 3}' || 201
        'surrounding whitespace'      | 'POST'  | '/api/admin/products/PRODUCT/restock' | '  {"quantity": 3}\n'                                       || 200
        'tabs and line breaks in text'| 'POST'  | '/api/admin/products'                 | '{"name": "Jug", "price": 4, "description": "One\\tline\\r\\nand another"}' || 201
    }

    @Unroll
    void "a control character in #where is a 400 naming #field, before any query runs, on #db"() {
        when:
        Reply reply = method == 'DELETE' ? delete(path, admin.accessToken) : get(path, admin.accessToken)

        then:
        reply.status == 400
        reply.json.reason == 'INVALID_INPUT'
        reply.json.errors == [[field: field, message: 'must not contain control characters', rule: 'CONTROL_CHARACTER']]

        where:
        where                          | method   | path                                 || field
        'the admin user search'        | 'GET'    | '/api/admin/users?q=ona%00'          || 'q'
        'the catalog search'           | 'GET'    | '/api/products?q=mu%00g'             || 'q'
        'the event log search'         | 'GET'    | '/api/admin/events?q=%01'            || 'q'
        'a parameter name'             | 'GET'    | '/api/products?q%00=mug'             || 'query'
        'a promo code in the path'     | 'DELETE' | '/api/admin/promo-codes/SPRING%0010' || 'path'
        db = TestDatabase.describe()
    }

    void "a control character asked for by someone not signed in is still a 401"() {
        expect:
        get('/api/admin/users?q=ona%00').status == 401
    }
}

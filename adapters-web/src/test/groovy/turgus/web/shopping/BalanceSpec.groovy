package turgus.web.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Unroll
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

import java.time.Duration

/** The balance, top-ups with their Idempotency-Key, and the ledger, over HTTP. */
@MicronautTest(transactional = false)
class BalanceSpec extends ShoppingWebSpec {

    void "a new customer has a zero balance in EUR"() {
        when:
        Reply reply = get('/api/me/balance', newUser().accessToken)

        then:
        reply.status == 200
        reply.json == [balance: 0, currency: 'EUR']
    }

    void "a top-up adds the amount and answers the balance and the ledger line"() {
        given:
        TestUser buyer = newUser()

        when:
        Reply first = post('/api/me/balance/top-ups', [amount: 12.5], buyer.accessToken)
        Reply second = post('/api/me/balance/top-ups', [amount: 10000], buyer.accessToken)

        then:
        first.status == 201
        first.json.balance == 12.5
        first.json.transaction.keySet() == ['id', 'type', 'amount', 'balanceAfter', 'createdAt', 'orderId', 'note'] as Set
        first.json.transaction.type == 'TOP_UP'
        first.json.transaction.amount == 12.5
        first.json.transaction.balanceAfter == 12.5
        first.json.transaction.orderId == null
        first.json.transaction.createdAt ==~ /\d{4}-\d\d-\d\dT.*Z/
        second.status == 201
        second.json.balance == 10012.5
        get('/api/me/balance', buyer.accessToken).json.balance == 10012.5
    }

    @Unroll
    void "a top-up of #amount is refused with a 400 naming amount"() {
        given:
        TestUser buyer = newUser()

        when:
        Reply reply = post('/api/me/balance/top-ups', body, buyer.accessToken)

        then:
        reply.status == 400
        reply.json.code == 400
        reply.json.errors*.field == ['amount']
        balanceOf(buyer) == 0

        where:
        amount          | body
        '0'             | [amount: 0]
        '-5'            | [amount: -5]
        '10000.01'      | [amount: 10000.01]
        '1.005'         | [amount: 1.005]
        'missing'       | [:]
        'a word'        | [amount: 'ten']
    }

    void "the same Idempotency-Key and amount answer the first top-up again and add nothing"() {
        given:
        TestUser buyer = newUser()
        Map key = ['Idempotency-Key': 'top-up-' + UUID.randomUUID()]

        when:
        Reply first = post('/api/me/balance/top-ups', [amount: 20], buyer.accessToken, key)
        Reply again = post('/api/me/balance/top-ups', [amount: 20.00], buyer.accessToken, key)

        then:
        first.status == 201
        again.status == 201
        again.text == first.text
        balanceOf(buyer) == 20
        get('/api/me/balance/transactions', buyer.accessToken).json.totalItems == 1
    }

    void "the same Idempotency-Key with another amount is a 422"() {
        given:
        TestUser buyer = newUser()
        Map key = ['Idempotency-Key': 'k-' + UUID.randomUUID()]
        assert post('/api/me/balance/top-ups', [amount: 20], buyer.accessToken, key).status == 201

        when:
        Reply reply = post('/api/me/balance/top-ups', [amount: 21], buyer.accessToken, key)

        then:
        reply.status == 422
        reply.json == [code: 422, message: 'This Idempotency-Key was already used for a different request', reason: 'IDEMPOTENCY_KEY_REUSED']
        balanceOf(buyer) == 20
    }

    void "idempotency keys belong to one customer"() {
        given:
        TestUser one = newUser()
        TestUser other = newUser()
        Map key = ['Idempotency-Key': 'shared-' + UUID.randomUUID()]

        when:
        Reply first = post('/api/me/balance/top-ups', [amount: 5], one.accessToken, key)
        Reply second = post('/api/me/balance/top-ups', [amount: 7], other.accessToken, key)

        then:
        first.status == 201
        second.status == 201
        balanceOf(one) == 5
        balanceOf(other) == 7
    }

    void "a key is remembered for 24 hours, then a new top-up may use it"() {
        given:
        TestUser buyer = newUser()
        Map key = ['Idempotency-Key': 'day-' + UUID.randomUUID()]
        assert post('/api/me/balance/top-ups', [amount: 5], buyer.accessToken, key).status == 201

        when:
        clock.advance(Duration.ofHours(23))
        Reply within = post('/api/me/balance/top-ups', [amount: 5], buyer.accessToken, key)
        clock.advance(Duration.ofHours(2))
        Reply after = post('/api/me/balance/top-ups', [amount: 5], buyer.accessToken, key)

        then:
        within.status == 201
        after.status == 201
        after.json.transaction.id != within.json.transaction.id
        balanceOf(buyer) == 10
    }

    @Unroll
    void "an Idempotency-Key of #length characters is a 400"() {
        when:
        Reply reply = post('/api/me/balance/top-ups', [amount: 5], customer.accessToken, ['Idempotency-Key': 'k' * length])

        then:
        reply.status == 400
        reply.json.errors*.field == ['Idempotency-Key']

        where:
        length << [256]
    }

    void "a key of 255 characters is fine"() {
        expect:
        post('/api/me/balance/top-ups', [amount: 5], newUser().accessToken, ['Idempotency-Key': 'k' * 255]).status == 201
    }

    void "the ledger lists every movement newest first, in pages"() {
        given:
        TestUser buyer = newUser()
        ['1', '2', '3'].each { topUp(buyer, it) }

        when:
        Reply page = get('/api/me/balance/transactions?size=2', buyer.accessToken)
        Reply last = get('/api/me/balance/transactions?size=2&page=1', buyer.accessToken)

        then:
        page.status == 200
        page.json.totalItems == 3
        page.json.totalPages == 2
        page.json.items*.amount == [3, 2]
        page.json.items*.balanceAfter == [6, 3]
        last.json.items*.amount == [1]
    }

    void "the ledger refuses a bad page size"() {
        expect:
        get('/api/me/balance/transactions?size=101', customer.accessToken).status == 400
    }

    void "balance routes need a token"() {
        expect:
        get('/api/me/balance').status == 401
        post('/api/me/balance/top-ups', [amount: 5]).status == 401
        get('/api/me/balance/transactions').status == 401
    }
}

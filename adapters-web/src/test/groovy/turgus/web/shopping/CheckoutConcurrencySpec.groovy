package turgus.web.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.TestUser

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/** Checkouts racing over HTTP: stock and balance hold, whatever the timing. */
@MicronautTest(transactional = false)
class CheckoutConcurrencySpec extends ShoppingWebSpec {

    /** Sends every request at once from its own thread; answers the statuses. */
    List<Integer> atOnce(List<Closure<Integer>> requests) {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size())
        CountDownLatch start = new CountDownLatch(1)
        try {
            def futures = requests.collect { request ->
                pool.submit({ start.await(); request.call() } as Callable<Integer>)
            }
            start.countDown()
            futures.collect { it.get(2, TimeUnit.MINUTES) }
        } finally {
            pool.shutdownNow()
        }
    }

    void "20 buyers at once for 5 items: exactly 5 orders, 15 refusals naming the product, no stock left"() {
        given:
        long tea = addProduct('Contested tea', '10.00', 5)
        List<TestUser> buyers = (1..20).collect {
            TestUser buyer = buyerWith('100')
            assert addToCart(buyer, tea, 1).status == 200
            buyer
        }

        when:
        List<Integer> statuses = atOnce(buyers.collect { buyer -> { -> checkout(buyer).status } as Closure<Integer> })

        then:
        statuses.count { it == 201 } == 5
        statuses.count { it == 409 } == 15
        stockOf(tea) == 0
        buyers.sum { balanceOf(it) } == 20 * 100 - 5 * 10
    }

    void "one buyer checking out 10 times at once from several sessions with money for one order buys once"() {
        given:
        TestUser buyer = buyerWith('10')
        List<TestUser> sessions = [buyer, signIn(buyer), signIn(buyer)]
        long tea = addProduct('Single tea', '10.00', 20)
        assert addToCart(buyer, tea, 1).status == 200

        when:
        List<Integer> statuses = atOnce((0..<10).collect { i ->
            TestUser session = sessions[i % sessions.size()]
            return { -> checkout(session).status } as Closure<Integer>
        })

        then: 'one pays; the others find the cart already paid and empty (400) or the money gone (402)'
        statuses.count { it == 201 } == 1
        statuses.findAll { it != 201 }.every { it in [400, 402, 409] }
        balanceOf(buyer) == 0
        stockOf(tea) == 19
        get('/api/orders', buyer.accessToken).json.totalItems == 1
    }

    void "one buyer refilling the cart while 10 checkouts run never pays more than the balance holds"() {
        given:
        TestUser buyer = buyerWith('10')
        TestUser other = signIn(buyer)
        long tea = addProduct('Refilled tea', '10.00', 20)
        assert addToCart(buyer, tea, 1).status == 200

        when:
        List<Integer> statuses = atOnce((0..<10).collect { i ->
            (i % 2 == 0
                    ? { -> checkout(buyer).status }
                    : { -> addToCart(other, tea, 1).status; checkout(other).status }) as Closure<Integer>
        })

        then: 'whatever the cart held when each ran: at most one order paid, and exactly what it took'
        int paid = statuses.count { it == 201 }
        paid <= 1
        statuses.findAll { it != 201 }.every { it in [400, 402, 409] }
        List orders = get('/api/orders', buyer.accessToken).json.items as List
        orders.size() == paid
        BigDecimal spent = orders.sum(BigDecimal.ZERO) { it.total as BigDecimal } as BigDecimal
        spent <= 10
        balanceOf(buyer) == 10 - spent
        stockOf(tea) == 20 - (orders.sum(0) { it.lines.sum { line -> line.quantity as int } } as int)
    }
}

package turgus.web.platform

import spock.lang.Specification
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.ShopClient
import turgus.web.testing.ShopClient.Answer
import turgus.web.testing.ShopProcess

import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/**
 * Checkouts per second on the H2 file, with H2's default write delay and with {@code WRITE_DELAY=0}
 * (the shop's setting), measured in turns on the same machine. Not part of the test run (the name
 * does not end in Spec); run it on purpose:
 *
 * <pre>
 * mvn -o -pl adapters-web -am -Dskip.frontend=true test -Dtest=CheckoutThroughputBench -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Each turn starts the shop as a child process on a fresh data folder, lets {@value #BUYERS}
 * customers each put one product in the cart and check out in a loop for {@value #WARM_UP_SECONDS}
 * s to warm up, then counts the paid orders of the next {@value #MEASURE_SECONDS} s.
 */
class CheckoutThroughputBench extends Specification {
    static final int BUYERS = Integer.getInteger('bench.buyers', 4)
    static final int WARM_UP_SECONDS = 5
    static final int MEASURE_SECONDS = Integer.getInteger('bench.seconds', 15)
    static final int ROUNDS = Integer.getInteger('bench.rounds', 2)
    static final String FLAGS = 'MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000'

    void "checkout throughput on the H2 file: default write delay against WRITE_DELAY=0"() {
        given:
        assert !TestDatabase.postgreSql: 'this compares H2 settings'
        Map<String, List<Double>> results = ['H2 default (WRITE_DELAY=500)': [], 'WRITE_DELAY=0': []]

        when:
        ROUNDS.times {
            results['H2 default (WRITE_DELAY=500)'] << checkoutsPerSecond('')
            results['WRITE_DELAY=0'] << checkoutsPerSecond(';WRITE_DELAY=0')
        }
        results.each { setting, rates ->
            println String.format('CheckoutThroughputBench: %-30s %s checkouts/s (%d buyers, %d s per turn)', setting,
                    rates.collect { String.format('%.1f', it) }.join(', '), BUYERS, MEASURE_SECONDS)
        }

        then:
        results.values().flatten().every { it > 0 }
    }

    private static double checkoutsPerSecond(String extraFlags) {
        ShopProcess shop = new ShopProcess()
        shop.fullCompiler = true
        try {
            shop.environment.DATASOURCES_DEFAULT_URL = "jdbc:h2:file:${shop.dataDir}/db/turgus;${FLAGS}${extraFlags}".toString()
            shop.start()
            ShopClient client = new ShopClient(shop)
            String admin = client.loginAdmin()
            Answer product = client.post('/api/admin/products', [name: 'Bench tea', description: 'Steeped', price: 1.5, stock: 1_000_000], admin)
            assert product.status == 201: product
            long productId = product.json.id as long
            List<String> tokens = (0..<BUYERS).collect { n ->
                String email = "bench-${n}-${System.nanoTime()}@example.com"
                client.register(email, '+79' + String.format('%09d', new Random().nextInt(1_000_000_000)))
                String token = client.login(email)
                assert client.post('/api/me/balance/top-ups', [amount: 10000], token).status == 201
                token
            }
            AtomicInteger paid = new AtomicInteger()
            long warmUpEnds = System.nanoTime() + TimeUnit.SECONDS.toNanos(WARM_UP_SECONDS)
            long ends = warmUpEnds + TimeUnit.SECONDS.toNanos(MEASURE_SECONDS)
            List<Thread> buyers = tokens.collect { token ->
                Thread.start {
                    ShopClient own = new ShopClient(shop)
                    while (System.nanoTime() < ends) {
                        own.post('/api/cart/items', [productId: productId, quantity: 1], token)
                        int status = own.post('/api/orders', null, token, ['Idempotency-Key': UUID.randomUUID().toString()]).status
                        long now = System.nanoTime()
                        if (status == 201 && now >= warmUpEnds && now < ends) {
                            paid.incrementAndGet()
                        }
                    }
                }
            }
            buyers*.join()
            paid.get() / (double) MEASURE_SECONDS
        } finally {
            shop.close()
        }
    }
}

package turgus.web.platform

import spock.lang.Specification
import spock.lang.Timeout
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.ShopClient
import turgus.web.testing.ShopClient.Answer
import turgus.web.testing.ShopProcess

import java.util.concurrent.ConcurrentLinkedQueue
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/**
 * What the shop answered 2xx survives the process being killed ({@code SIGKILL}) under load.
 *
 * <p>This JVM drives the real shop, run as a child process on a data folder and database that
 * outlive it: customers top up and check out, an admin refunds orders and adjusts balances, and the
 * shop is killed at seeded random moments ({@code -Dcrash.seed=} picks another sequence) and started
 * again on the same data while the load goes on. After the last kill and start, every acknowledged
 * top-up, order, refund and adjustment must be there, each balance must equal the sum of its ledger,
 * and every acknowledged idempotency key sent again must answer the same and change nothing.
 *
 * <p>Two kills: the first lands on a shop started on fresh data, the second on one started again on
 * the data a kill left, both under load; a third would prove nothing the second does not, and each
 * start of the child costs several seconds on a busy machine. Other seeds, and more kills with
 * {@code -Dcrash.kills=}, draw other moments.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class CrashDurabilitySpec extends Specification {
    static final long SEED = Long.getLong('crash.seed', 20261204L)
    static final int CUSTOMERS = 3
    static final int KILLS = Integer.getInteger('crash.kills', 2)

    // What the shop acknowledged: [user: index, key:, body:, id:, amount: ...]
    final Queue<Map> topUps = new ConcurrentLinkedQueue<>()
    final Queue<Map> orders = new ConcurrentLinkedQueue<>()
    final Queue<Map> refunds = new ConcurrentLinkedQueue<>()
    final Queue<Map> adjustments = new ConcurrentLinkedQueue<>()
    final AtomicInteger failedCalls = new AtomicInteger()
    volatile boolean loading = true

    void "every write answered 2xx survives kill -9 under load on #db"() {
        given: 'a shop in a child process, customers with money, products with stock'
        Random random = new Random(SEED)
        ShopProcess shop = new ShopProcess().start()
        ShopClient client = new ShopClient(shop)
        String adminToken = client.loginAdmin()
        List<Long> products = (1..5).collect { n ->
            Answer product = client.post('/api/admin/products', [name: "Crash tea ${n}", description: 'Steeped',
                                                                 price: new BigDecimal(100 + random.nextInt(1900)).movePointLeft(2), stock: 1_000_000], adminToken)
            assert product.status == 201: product
            product.json.id as long
        }
        List<Map> customers = (0..<CUSTOMERS).collect { n ->
            String email = "crash-${n}-${SEED}@example.com"
            Map customer = client.register(email, '+79' + String.format('%09d', random.nextInt(1_000_000_000)))
            customer.token = client.login(email)
            customer
        }

        when: 'customers and an admin keep writing while the shop is killed at random moments and started again'
        List<Thread> threads = (0..<CUSTOMERS).collect { n ->
            Thread.start("customer-${n}") { customerLoad(shop, customers, n, products, new Random(SEED + n + 1)) }
        }
        threads << Thread.start('admin') { adminLoad(shop, customers, new Random(SEED - 1)) }
        int kills = 0
        List<Integer> exitStatuses = []
        List<Long> startMillis = []
        KILLS.times { k ->
            Thread.sleep(1000 + random.nextInt(2000))
            if (k == KILLS - 1) {
                // A busy machine may not have acknowledged a refund or an adjustment yet: the last
                // kill waits for one of each (at most 30 s), so that every kind is put to the test.
                long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30)
                while ([topUps, orders, refunds, adjustments].any { it.isEmpty() } && System.nanoTime() < until) {
                    Thread.sleep(100)
                }
            }
            exitStatuses << shop.kill()
            kills++
            if (k == KILLS - 1) {
                // The last kill also lands under load; the load stops while the shop is down.
                loading = false
                threads*.join(30_000)
            }
            long starting = System.nanoTime()
            shop.start()
            startMillis << TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - starting)
        }

        then: 'SIGKILL it was: 128 + 9'
        exitStatuses.every { it == 137 }

        when: 'the data is read back and every acknowledged key is sent again'
        List<Map> signedIn = customers.collect { it + [token: client.login(it.email as String)] }
        List<Map> before = signedIn.collect { state(client, it) }
        List<String> missing = missingWrites(before)
        List<String> replayProblems = replay(client, signedIn)
        List<Map> after = signedIn.collect { state(client, it) }
        List<Integer> acknowledgedByKind = [topUps, orders, refunds, adjustments]*.size()
        int acknowledged = acknowledgedByKind.sum() as int
        println "CrashDurabilitySpec on ${db}: seed ${SEED}, ${kills} kills, ${acknowledged} writes acknowledged " +
                "(${topUps.size()} top-ups, ${orders.size()} orders, ${refunds.size()} refunds, ${adjustments.size()} adjustments), " +
                "${acknowledged - missing.size()} found, ${missing.size()} missing; ${failedCalls.get()} calls failed or refused " +
                "on the way; restarts took ${startMillis} ms"

        then: 'every acknowledged write is there'
        assert missing.isEmpty(): "${missing.size()} acknowledged writes are missing:\n" + missing.take(30).join('\n')

        and: 'every kind of write was acknowledged at least once'
        acknowledgedByKind.every { it > 0 }

        and: 'each balance is the sum of its ledger'
        before.findAll { it.balance != it.ledgerSum }.collect { [balance: it.balance, ledgerSum: it.ledgerSum] } == []

        and: 'sending every acknowledged key again answers the same and changes nothing'
        assert replayProblems.isEmpty(): replayProblems.take(30).join('\n')
        after.collect { [it.balance, it.ledger.size(), it.orders.size()] } == before.collect { [it.balance, it.ledger.size(), it.orders.size()] }

        cleanup:
        loading = false
        shop?.close()

        where:
        db = TestDatabase.describe()
    }

    /** Top-ups and checkouts of one customer, each with a fresh idempotency key. */
    private void customerLoad(ShopProcess shop, List<Map> customers, int n, List<Long> products, Random random) {
        ShopClient client = new ShopClient(shop)
        Map customer = customers[n]
        String token = customer.token
        int sequence = 0
        boolean cartMayHoldSomething = true
        while (loading) {
            // A short pause, so that the acknowledged writes stay few enough to check one by one.
            Thread.sleep(random.nextInt(25))
            String key = "c${n}-${sequence++}-${random.nextInt(1_000_000)}"
            try {
                if (random.nextInt(10) < 4) {
                    Map body = [amount: new BigDecimal(100 + random.nextInt(5000)).movePointLeft(2)]
                    Answer answer = client.post('/api/me/balance/top-ups', body, token, ['Idempotency-Key': key])
                    if (answer.status == 201) {
                        topUps << [user: n, key: key, body: body, id: answer.json.transaction.id as long,
                                   amount: answer.json.transaction.amount as BigDecimal]
                    } else if (answer.status == 401) {
                        token = client.login(customer.email as String)
                    }
                } else {
                    long product = products[random.nextInt(products.size())]
                    if (cartMayHoldSomething) {
                        client.delete('/api/cart', token)
                    }
                    cartMayHoldSomething = true
                    Answer added = client.post('/api/cart/items', [productId: product, quantity: 1 + random.nextInt(2)], token)
                    if (added.status == 401) {
                        token = client.login(customer.email as String)
                        continue
                    }
                    Answer answer = client.post('/api/orders', null, token, ['Idempotency-Key': key])
                    if (answer.status == 201) {
                        orders << [user: n, key: key, id: answer.json.id as long, total: answer.json.total as BigDecimal]
                        cartMayHoldSomething = false
                    }
                }
            } catch (IOException | AssertionError ignored) {
                // The shop is down, starting or was killed mid-answer: the outcome is unknown, nothing is remembered.
                failedCalls.incrementAndGet()
                Thread.sleep(100)
            }
        }
    }

    /** Refunds of acknowledged orders and small balance adjustments, by the admin. */
    private void adminLoad(ShopProcess shop, List<Map> customers, Random random) {
        ShopClient client = new ShopClient(shop)
        String token = null
        Set<Long> refundTried = new HashSet<>()
        int sequence = 0
        while (loading) {
            try {
                if (token == null) {
                    token = client.loginAdmin()
                }
                List<Map> refundable = orders.findAll { !refundTried.contains(it.id) }.toList()
                if (!refundable.isEmpty() && random.nextInt(10) < 6) {
                    Map order = refundable[random.nextInt(refundable.size())]
                    refundTried << (order.id as long)
                    Answer answer = client.post("/api/admin/orders/${order.id}/refund", null, token)
                    if (answer.status == 200 && answer.json.status == 'REFUNDED') {
                        refunds << [user: order.user, id: order.id]
                    } else if (answer.status == 401) {
                        refundTried.remove(order.id as long)
                        token = null
                    }
                } else {
                    int n = random.nextInt(customers.size())
                    BigDecimal amount = new BigDecimal(1 + random.nextInt(500)).movePointLeft(2)
                    String reason = "Goodwill ${SEED}-${sequence++}"
                    Answer answer = client.post("/api/admin/users/${customers[n].id}/balance-adjustments",
                            [amount: amount, reason: reason], token)
                    if (answer.status == 201) {
                        adjustments << [user: n, id: answer.json.id as long, amount: answer.json.amount as BigDecimal]
                    } else if (answer.status == 401) {
                        token = null
                    }
                }
                Thread.sleep(20)
            } catch (IOException | AssertionError ignored) {
                failedCalls.incrementAndGet()
                Thread.sleep(100)
            }
        }
    }

    /** A customer's balance, ledger and orders as the shop shows them now. */
    private static Map state(ShopClient client, Map customer) {
        String token = customer.token
        List<Map> ledger = client.all('/api/me/balance/transactions', token)
        List<Map> orders = client.all('/api/orders', token)
        [balance  : client.get('/api/me/balance', token).json.balance as BigDecimal,
         ledger   : ledger.collectEntries { [(it.id as long): it] },
         ledgerSum: ledger.sum(BigDecimal.ZERO) { it.amount as BigDecimal } as BigDecimal,
         orders   : orders.collectEntries { [(it.id as long): it] }]
    }

    private List<String> missingWrites(List<Map> states) {
        List<String> missing = []
        topUps.each { t ->
            Map row = states[t.user as int].ledger[t.id]
            if (row?.type != 'TOP_UP' || (row.amount as BigDecimal) != t.amount) {
                missing << "top-up ${t} (found ${row})"
            }
        }
        adjustments.each { a ->
            Map row = states[a.user as int].ledger[a.id]
            if (row?.type != 'ADJUSTMENT' || (row.amount as BigDecimal) != a.amount) {
                missing << "adjustment ${a} (found ${row})"
            }
        }
        orders.each { o ->
            Map state = states[o.user as int]
            if ((state.orders[o.id]?.total as BigDecimal) != o.total || !state.ledger.values().any { it.type == 'PURCHASE' && (it.orderId as Long) == o.id }) {
                missing << "order ${o} (found ${state.orders[o.id]})"
            }
        }
        refunds.each { r ->
            Map state = states[r.user as int]
            if (state.orders[r.id]?.status != 'REFUNDED' || !state.ledger.values().any { it.type == 'REFUND' && (it.orderId as Long) == r.id }) {
                missing << "refund of order ${r.id} (order now ${state.orders[r.id]?.status})"
            }
        }
        missing
    }

    /** Sends every acknowledged top-up and checkout again with its key, and every refund again. */
    private List<String> replay(ShopClient client, List<Map> customers) {
        List<String> problems = []
        topUps.each { t ->
            Answer again = client.post('/api/me/balance/top-ups', t.body, customers[t.user as int].token as String, ['Idempotency-Key': t.key as String])
            if (again.status != 201 || (again.json.transaction.id as long) != t.id) {
                problems << "top-up ${t.key} sent again: ${again}"
            }
        }
        orders.each { o ->
            Answer again = client.post('/api/orders', null, customers[o.user as int].token as String, ['Idempotency-Key': o.key as String])
            if (again.status != 201 || (again.json.id as long) != o.id) {
                problems << "checkout ${o.key} sent again: ${again}"
            }
        }
        String adminToken = client.loginAdmin()
        refunds.each { r ->
            Answer again = client.post("/api/admin/orders/${r.id}/refund", null, adminToken)
            if (again.status != 409) {
                problems << "refund of order ${r.id} sent again: ${again}"
            }
        }
        problems
    }
}

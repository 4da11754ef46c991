package turgus.web.platform

import spock.lang.Specification
import spock.lang.Timeout
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.ShopClient
import turgus.web.testing.ShopClient.Answer
import turgus.web.testing.ShopProcess

import java.nio.file.Files
import java.nio.file.Path
import java.util.concurrent.CompletableFuture
import java.util.concurrent.TimeUnit

/**
 * On SIGTERM the shop stops taking connections at once, lets the requests in flight finish (and
 * their writes land), and then exits. The shop runs as a child process; a test-only filter holds
 * one top-up in flight while the signal arrives.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class GracefulStopSpec extends Specification {

    void "SIGTERM finishes the request in flight, refuses new connections and exits on #db"() {
        given: 'a customer and a top-up held in flight for 4 seconds'
        ShopProcess shop = new ShopProcess(['-Dturgus.test.request-delay=true']).start()
        ShopClient client = new ShopClient(shop)
        String email = "graceful-${System.nanoTime()}@example.com"
        client.register(email, '+79' + String.format('%09d', new Random().nextInt(1_000_000_000)))
        String token = client.login(email)
        Path marker = shop.dataDir.resolve(RequestDelayFilter.MARKER)
        CompletableFuture<Answer> inFlight = client.sendAsync('POST', '/api/me/balance/top-ups', [amount: 12.34], token,
                ['Idempotency-Key': 'graceful-1', (RequestDelayFilter.HEADER): '4000'])
        long waitedSince = System.nanoTime()
        while (!Files.exists(marker) && System.nanoTime() - waitedSince < TimeUnit.SECONDS.toNanos(20)) {
            Thread.sleep(20)
        }
        assert Files.exists(marker): 'the held request never reached the shop'
        int port = shop.port

        when: 'the shop gets SIGTERM'
        long signalled = System.nanoTime()
        shop.terminate()
        boolean refused = false
        while (!refused && System.nanoTime() - signalled < TimeUnit.SECONDS.toNanos(3)) {
            refused = !connects(port)
            if (!refused) {
                Thread.sleep(25)
            }
        }
        long refusedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled)
        boolean stillInFlightWhenRefused = !inFlight.done
        Answer answer = inFlight.get(30, TimeUnit.SECONDS)
        boolean exited = shop.process.waitFor(30, TimeUnit.SECONDS)
        long exitedAfterMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - signalled)
        String shutdownLog = Files.readString(shop.log)
        println "GracefulStopSpec on ${db}: new connections refused ${refusedAfterMillis} ms after SIGTERM, " +
                "the held request answered ${answer.status}, the process exited ${exitedAfterMillis} ms after SIGTERM " +
                "with status ${exited ? shop.process.exitValue() : 'none'}"

        then: 'new connections are refused while the held request is still running'
        refused
        stillInFlightWhenRefused

        and: 'the held request finishes with its answer'
        answer.status == 201
        answer.json.transaction.amount == 12.34

        and: 'the process ends on its own, well within the grace period: 128 + 15 for SIGTERM'
        exited
        shop.process.exitValue() == 143

        and: 'the database was not closed under the running work (H2 closes itself at JVM exit unless told not to)'
        !shutdownLog.contains('Database is already closed')

        when: 'the shop starts again on the same data'
        shop.start()
        String again = client.login(email)

        then: 'the top-up that was in flight is in the ledger'
        client.get('/api/me/balance', again).json.balance == 12.34
        client.all('/api/me/balance/transactions', again)*.id == [answer.json.transaction.id]

        cleanup:
        shop?.close()

        where:
        db = TestDatabase.describe()
    }

    private static boolean connects(int port) {
        try {
            new Socket().withCloseable { it.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500) }
            true
        } catch (IOException ignored) {
            false
        }
    }
}

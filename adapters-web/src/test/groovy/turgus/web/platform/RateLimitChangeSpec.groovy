package turgus.web.platform

import spock.lang.Specification
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.ShopClient
import turgus.web.testing.ShopProcess

/**
 * An operator changes shop.auth-rate-limit and restarts the shop on the same database: the new limit
 * holds from the next request on, for a client address the shop has seen before as well.
 */
class RateLimitChangeSpec extends Specification {
    static final int GENEROUS = 100_000
    static final int STRICT = 5
    static final int WIDER = 20

    ShopProcess shop = new ShopProcess()
    ShopClient client = new ShopClient(shop)
    int asked

    def cleanup() {
        shop.close()
    }

    // Only the first refusal after a run of answers is asserted: the buckets refill all the time
    // (one token every 3 s at 20 a minute), so a slow machine may see a later request pass again.
    void "a lowered limit holds for a client already seen, and a raised one lets more through, on #db"() {
        given: 'a client seen under a generous limit'
        restartWith(GENEROUS)
        assert forgot().status == 202

        when: 'the shop comes back with a strict limit'
        restartWith(STRICT)
        List<Integer> strict = (1..2 * STRICT).collect { forgot().status }

        then: 'the client is held to it at once (its one earlier request had long refilled)'
        strict.take(STRICT).every { it == 202 }
        strict[STRICT] == 429

        when: 'the shop comes back with a wider limit'
        restartWith(WIDER)
        List<Integer> wider = (1..2 * WIDER).collect { forgot().status }

        then: 'the client may make more requests than before; where the buckets are shared, what it spent still counts'
        int allowedWider = wider.takeWhile { it == 202 }.size()
        wider[allowedWider] == 429
        if (TestDatabase.postgreSql) {
            // The 5 spent stay spent (a token may have come back during the restart): 15 or 16 of 20.
            assert allowedWider in (WIDER - STRICT)..(WIDER - STRICT + 1)
        } else {
            // In memory the buckets start full with the new process.
            assert allowedWider == WIDER
        }

        where:
        db = TestDatabase.describe()
    }

    private void restartWith(int perMinute) {
        if (shop.process?.alive) {
            shop.terminate()
            assert shop.process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)
        }
        shop.environment.SHOP_AUTH_RATE_LIMIT = String.valueOf(perMinute)
        shop.start()
    }

    /** A sign-in route that never locks anyone out, so that only the rate limit can refuse it. */
    private ShopClient.Answer forgot() {
        client.post('/api/auth/password/forgot', [email: "someone-${++asked}@example.com".toString()])
    }
}

package turgus.web.security

import jakarta.inject.Inject
import spock.lang.AutoCleanup
import turgus.application.shared.ServerBusyException
import turgus.web.testing.CountingPasswordHasher
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.function.Supplier

/**
 * What the specs of the password-hashing cap share: a pool of one thread with a line of one, ways to
 * take the thread and the line, and the shape of a 503 SERVER_BUSY answer.
 */
abstract class HashingPoolWebSpec extends WebSpec {
    @Inject
    PasswordHashingPool pool

    @Inject
    CountingPasswordHasher hasher

    @AutoCleanup('shutdownNow')
    ExecutorService aside = Executors.newCachedThreadPool()

    List<CountDownLatch> releases = []

    /** How long a check may wait in line before it is refused, in this spec. */
    abstract long maxWaitMs()

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.security.hashing.threads' : 1,
         'shop.security.hashing.queue'   : 1,
         'shop.security.hashing.max-wait': "${maxWaitMs()}ms"]
    }

    def cleanup() {
        releases*.countDown()
    }

    /**
     * Takes the hashing thread until the feature ends and, with {@code alsoTheLine}, the one place in
     * line too (held for as long as the wait bound lets it: a spec that fills the line sets a bound
     * longer than any of its features, so the line never empties while a feature looks).
     */
    void occupy(boolean alsoTheLine) {
        CountDownLatch started = new CountDownLatch(1)
        CountDownLatch release = new CountDownLatch(1)
        releases << release
        aside.submit({
            // The work of the feature before may still be finishing: try until the thread is ours.
            while (started.count > 0) {
                try {
                    pool.run({ started.countDown(); release.await(60, TimeUnit.SECONDS) } as Supplier)
                } catch (ServerBusyException ignored) {
                    Thread.sleep(10)
                }
            }
        } as Callable)
        assert started.await(10, TimeUnit.SECONDS)
        if (alsoTheLine) {
            aside.submit({ pool.run({ 'in line' } as Supplier) } as Callable)
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10)
            while (pool.queued() < 1) {
                assert System.nanoTime() < end
                Thread.sleep(2)
            }
        }
    }

    Reply login(String username, String password) {
        post('/api/auth/login', [username: username, password: password])
    }

    static void busyAnswer(Reply reply) {
        assert reply.status == 503
        assert reply.json.code == 503
        assert reply.json.reason == 'SERVER_BUSY'
        assert reply.json.retryAfterSeconds >= 1
        assert reply.json.message == "The shop is very busy right now. Please try again in ${reply.json.retryAfterSeconds == 1 ? '1 second' : reply.json.retryAfterSeconds + ' seconds'}."
        assert reply.header('Retry-After') == String.valueOf(reply.json.retryAfterSeconds)
        assert !reply.json.containsKey('details')
        assert !reply.text.contains('Exception')
    }

    /** The first answer that is not a 503: the pool may still be finishing the work let go just now. */
    Reply eventuallyAnswered(Closure<Reply> request) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20)
        Reply reply = request()
        while (reply.status == 503 && System.nanoTime() < end) {
            Thread.sleep(50)
            reply = request()
        }
        reply
    }
}

package turgus.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.AutoCleanup
import spock.lang.Timeout
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.CountingPasswordHasher
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

import java.util.concurrent.Callable
import java.util.concurrent.CountDownLatch
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.Future
import java.util.concurrent.TimeUnit
import java.util.function.Supplier

/**
 * The global cap on password checks over HTTP: with one hashing thread and a line of one, both
 * taken, every route that checks or sets a password answers 503 SERVER_BUSY with Retry-After at
 * once (unknown names too), while the catalog goes on answering; a check that waits longer than the
 * bound is refused the same way; nothing is counted against the account.
 */
@MicronautTest(transactional = false)
@Timeout(120)
class HashingCapSpec extends WebSpec {
    static final long MAX_WAIT_MS = 400

    @Inject
    PasswordHashingPool pool

    @Inject
    CountingPasswordHasher hasher

    @AutoCleanup('shutdownNow')
    ExecutorService aside = Executors.newCachedThreadPool()

    List<CountDownLatch> releases = []

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.security.hashing.threads' : 1,
         'shop.security.hashing.queue'   : 1,
         'shop.security.hashing.max-wait': "${MAX_WAIT_MS}ms"]
    }

    def cleanup() {
        releases*.countDown()
    }

    /** Takes the hashing thread (and, with {@code alsoTheLine}, the one place in line) until the feature ends. */
    void occupy(boolean alsoTheLine) {
        CountDownLatch started = new CountDownLatch(1)
        CountDownLatch release = new CountDownLatch(1)
        releases << release
        aside.submit({ pool.run({ started.countDown(); release.await(60, TimeUnit.SECONDS) } as Supplier) } as Callable)
        assert started.await(10, TimeUnit.SECONDS)
        if (alsoTheLine) {
            // Waits in line for longer than the bound allows: it is refused then, so it is put back
            // until the feature ends.
            aside.submit({
                while (release.count > 0) {
                    try {
                        pool.run({ 'in line' } as Supplier)
                    } catch (turgus.application.shared.ServerBusyException ignored) {
                        // Refused after the wait: take the place in line again.
                    }
                }
            } as Callable)
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

    void "with every hashing place taken, a login is answered 503 SERVER_BUSY at once, unknown names too, on #db"() {
        given:
        TestUser user = createAccount()
        String shopper = customer.accessToken
        occupy(true)

        when:
        long start = System.nanoTime()
        Reply known = login(user.email, user.password)
        Reply unknown = login("nobody-${UUID.randomUUID()}@example.com", 'Some-password-1!')
        long tookMs = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)

        then: 'refused without waiting for the bound, both alike'
        busyAnswer(known)
        busyAnswer(unknown)
        tookMs < 2 * MAX_WAIT_MS
        known.json.findAll { it.key != 'retryAfterSeconds' } == unknown.json.findAll { it.key != 'retryAfterSeconds' }

        and: 'the catalog and the health check still answer meanwhile'
        get('/api/products?page=0&size=5', shopper).status == 200
        get('/health').status == 200

        when: 'the pool is free again'
        releases*.countDown()
        Reply later = eventuallyAnswered { login(user.email, user.password) }

        then: 'the refused logins counted for nothing: the right password signs in'
        later.status == 200
        later.json.access_token

        where:
        db = TestDatabase.describe()
    }

    void "a check that waits in line longer than the bound is refused, and a refused wrong password does not count towards a lockout"() {
        given:
        TestUser user = createAccount()
        occupy(false)

        when: 'three wrong passwords, each waiting in line behind the busy thread'
        List<Long> took = []
        List<Reply> replies = (1..3).collect {
            long start = System.nanoTime()
            Reply reply = login(user.email, 'Wrong-password-1!')
            took << TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
            reply
        }

        then: 'each waited the bound, then was refused'
        replies.each { busyAnswer(it) }
        took.every { it >= MAX_WAIT_MS - 20 }

        when:
        releases*.countDown()
        Reply later = eventuallyAnswered { login(user.email, user.password) }

        then: 'no failure was counted: no lock'
        later.status == 200
    }

    void "registration, a password change and a reset are held to the same cap; a missing token is still a 401"() {
        given:
        TestUser user = newUser()
        occupy(true)

        when:
        Reply register = post('/api/auth/register', [fullName: 'Ona Busy', email: "busy-${UUID.randomUUID()}@example.com",
                                                     phone   : '+79990001122', password: 'Busy-password-1!',
                                                     passwordConfirmation: 'Busy-password-1!'])
        Reply change = post('/api/me/password', [oldPassword: user.password, newPassword: 'Other-password-2!',
                                                 newPasswordConfirmation: 'Other-password-2!'], user.accessToken)
        Reply anonymous = post('/api/me/password', [oldPassword: user.password, newPassword: 'Other-password-2!',
                                                    newPasswordConfirmation: 'Other-password-2!'])

        then:
        busyAnswer(register)
        busyAnswer(change)
        anonymous.status == 401
        anonymous.json == [code: 401, message: 'Unauthorized']

        when: 'once free, the password change goes through'
        releases*.countDown()
        Reply later = eventuallyAnswered {
            post('/api/me/password', [oldPassword: user.password, newPassword: 'Other-password-2!',
                                      newPasswordConfirmation: 'Other-password-2!'], user.accessToken)
        }

        then:
        later.status == 204
    }

    void "passwords are checked on the pool's threads, asked for by request threads that are never the event loop"() {
        when:
        TestUser user = createAccount()
        hasher.callerThreads.clear()
        Reply reply = login(user.email, user.password)

        then:
        reply.status == 200
        !hasher.callerThreads.isEmpty()
        hasher.callerThreads.every { !(it =~ /(?i)event.?loop/) }
        pool.run({ Thread.currentThread().name } as Supplier) ==~ /password-hashing-\d+/
    }

    void "the line and the refusals are metrics"() {
        given:
        String adminToken = admin.accessToken
        occupy(true)
        busyAnswer(login("nobody-${UUID.randomUUID()}@example.com", 'Some-password-1!'))

        when:
        Reply metrics = get('/prometheus', adminToken)

        then:
        metrics.status == 200
        metrics.text =~ /(?m)^shop_password_hashing_queued(\{[^}]*})? 1\.0$/
        metrics.text =~ /(?m)^shop_password_hashing_threads(\{[^}]*})? 1\.0$/
        (metrics.text =~ /(?m)^shop_password_hashing_rejections_total(?:\{[^}]*})? (\S+)$/)[0][1] as double >= 1
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

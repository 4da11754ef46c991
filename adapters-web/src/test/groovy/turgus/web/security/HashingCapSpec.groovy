package turgus.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Timeout
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

import java.util.concurrent.TimeUnit
import java.util.function.Supplier

/**
 * The global cap on password checks over HTTP: with one hashing thread and a line of one, both
 * taken, every route that checks or sets a password answers 503 SERVER_BUSY with Retry-After at
 * once (unknown names too), while the catalog goes on answering; nothing is counted against the
 * account. The wait bound here is long, so the place in line stays taken for the whole feature;
 * {@link HashingWaitBoundSpec} has the refusal after a wait.
 */
@MicronautTest(transactional = false)
@Timeout(120)
class HashingCapSpec extends HashingPoolWebSpec {
    static final long MAX_WAIT_MS = 30_000

    @Override
    long maxWaitMs() {
        MAX_WAIT_MS
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

        then: 'refused at once, far within the wait bound, both alike'
        busyAnswer(known)
        busyAnswer(unknown)
        tookMs < MAX_WAIT_MS / 3
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

}

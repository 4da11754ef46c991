package turgus.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.account.port.out.LoginAttemptsRepository
import turgus.application.account.port.out.LoginKey
import turgus.domain.account.UserId
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.CountingPasswordHasher
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

import java.time.Duration
import java.util.concurrent.Callable
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/** Failed logins lock over HTTP: the same for every name, no password checked while locked. */
@MicronautTest(transactional = false)
class LockoutSpec extends WebSpec {

    @Inject
    CountingPasswordHasher hasher

    @Inject
    LoginAttemptsRepository attempts

    Reply login(String username, String password) {
        post('/api/auth/login', [username: username, password: password])
    }

    static Map<String, List<String>> comparableHeaders(Reply reply) {
        reply.headers.findAll { k, v -> !(k in ['date', 'retry-after']) }
    }

    void "the third failure locks for 5 minutes, with the same answer for an unknown name and an account on #db"() {
        given:
        TestUser user = createAccount()
        String ghost = "ghost-${UUID.randomUUID()}@example.com"

        when:
        List<Reply> known = (1..4).collect { login(user.email, 'Wrong-password-1!') }
        List<Reply> unknown = (1..4).collect { login(ghost, 'Wrong-password-1!') }

        then: 'two plain refusals, then locked'
        known[0..1].every { it.status == 401 && it.json == [code: 401, message: 'Invalid credentials. Try again', reason: 'INVALID_CREDENTIALS'] }
        known[2..3].every { it.status == 429 }
        known[2..3].every { it.json.reason == 'LOCKED_OUT' && !it.json.containsKey('details') }
        known[2].json.retryAfterSeconds in 295..300
        (known[2].header('Retry-After') as int) in 295..300
        known[2].json.message.contains('5 minutes')

        and: 'status, body and headers alike for the name nobody has'
        (0..3).every { i ->
            unknown[i].status == known[i].status &&
                    unknown[i].json.findAll { it.key != 'retryAfterSeconds' } == known[i].json.findAll { it.key != 'retryAfterSeconds' } &&
                    comparableHeaders(unknown[i]) == comparableHeaders(known[i]) &&
                    (unknown[i].header('Retry-After') == null) == (known[i].header('Retry-After') == null)
        }
        unknown[3].json.retryAfterSeconds in 295..300

        where:
        db = TestDatabase.describe()
    }

    void "while locked the right password is refused without any password check"() {
        given:
        TestUser user = createAccount()
        3.times { login(user.email, 'Wrong-password-1!') }
        int checksBefore = hasher.checks.get()

        when:
        Reply reply = login(user.phone, user.password)

        then:
        reply.status == 429
        reply.json.retryAfterSeconds > 0
        hasher.checks.get() == checksBefore
    }

    void "a refresh does not get round a lock"() {
        given:
        TestUser user = newUser()
        3.times { login(user.email, 'Wrong-password-1!') }

        when:
        Reply reply = post('/api/auth/token', [grant_type: 'refresh_token', refresh_token: user.refreshToken])

        then:
        reply.status == 429
        (reply.header('Retry-After') as int) > 0
        reply.json.retryAfterSeconds > 0
    }

    void "the lock lifts by itself when its time is up"() {
        given:
        TestUser user = createAccount()
        3.times { login(user.email, 'Wrong-password-1!') }

        when:
        clock.advance(Duration.ofMinutes(6))

        then:
        login(user.email, user.password).status == 200
    }

    void "forgot-password works while locked, and the reset clears the lockout and signs nobody in"() {
        given:
        TestUser user = newUser()
        3.times { login(user.email, 'Wrong-password-1!') }

        when:
        Reply forgot = post('/api/auth/password/forgot', [email: user.email])
        String link = (lastMailTo(user.email) =~ /(http\S+password\/reset\?token=(\S+))/)[0][1]
        String token = (link =~ /token=(\S+)/)[0][1]

        then:
        forgot.status == 202
        link.startsWith('http://localhost:')

        when:
        Reply reset = post('/api/auth/password/reset',
                [token: token, newPassword: 'Quiet-harbour-8%', newPasswordConfirmation: 'Quiet-harbour-8%'])

        then: 'no tokens in the answer; every session ended; the lock is gone'
        reset.status == 204
        reset.text == ''
        get('/api/me', user.accessToken).status == 401
        login(user.email, 'Quiet-harbour-8%').status == 200

        and: 'the link works once'
        post('/api/auth/password/reset',
                [token: token, newPassword: 'Other-harbour-8%', newPasswordConfirmation: 'Other-harbour-8%']).json.errors*.field == ['token']
    }

    void "forgot-password answers the same for an unknown email and mails nothing"() {
        given:
        String nobody = "nobody-${UUID.randomUUID()}@example.com"

        when:
        Reply reply = post('/api/auth/password/forgot', [email: nobody])

        then:
        reply.status == 202
        reply.text == ''
        !outbox().any { it.allRecipients*.toString().contains(nobody) }
        post('/api/auth/password/forgot', [email: 'not an email']).status == 400
    }

    void "a reset with a bad token or a weak password names each problem"() {
        when:
        Reply reply = post('/api/auth/password/reset', [token: 'made-up', newPassword: 'weak', newPasswordConfirmation: 'weaker'])

        then:
        reply.status == 400
        reply.json.errors*.field.toSet() == ['token', 'newPassword', 'newPasswordConfirmation'] as Set
    }

    void "ten wrong logins racing for one account on #db are all counted"() {
        given: 'every password check waits until all ten have started, so all pass the lock check together'
        TestUser user = createAccount()
        int callers = 10
        hasher.hold = new CyclicBarrier(callers)
        def pool = Executors.newFixedThreadPool(callers)

        when:
        List<Reply> answers
        try {
            answers = (1..callers).collect { n ->
                pool.submit({ login(n % 2 ? user.email.toUpperCase() : user.phone, 'Wrong-password-1!') } as Callable<Reply>)
            }*.get(60, TimeUnit.SECONDS)
        } finally {
            hasher.hold = null
            pool.shutdown()
        }
        def counted = attempts.find(LoginKey.of(UserId.of(user.id)))

        then: 'every failure counted: the lock is the one of the tenth failure in a row (24 hours)'
        answers.every { it.status in [401, 429] }
        answers.count { it.status == 429 } == callers - 2
        counted.consecutiveFailures() == callers

        when:
        Reply right = login(user.email, user.password)

        then:
        right.status == 429
        right.json.retryAfterSeconds > Duration.ofHours(23).seconds

        where:
        db = TestDatabase.describe()
    }
}

package turgus.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

import java.time.Duration
import java.time.Instant
import java.time.temporal.ChronoUnit

/** Sessions over HTTP: the limit of three, refresh rotation, logout and signing devices out. */
@MicronautTest(transactional = false)
class SessionLifecycleSpec extends WebSpec {
    /** Sessions, not the hash: LoginSpec and the hasher's own specs keep bcrypt. */
    @Override
    protected boolean fastHashing() {
        true
    }

    static final String UNAUTHORIZED = '{"code":401,"message":"Unauthorized"}'

    void assertSignedOut(String accessToken) {
        Reply reply = get('/api/me', accessToken)
        assert reply.status == 401
        assert reply.text == UNAUTHORIZED
        assert reply.header('WWW-Authenticate') == 'Bearer'
    }

    void "a fourth login signs the oldest session out on #db: its token is refused at once"() {
        given:
        TestUser first = newUser()
        TestUser second = signIn(first)
        TestUser third = signIn(first)

        when:
        TestUser fourth = signIn(first, first.phone)

        then:
        assertSignedOut(first.accessToken)
        [second, third, fourth].every { get('/api/me', it.accessToken).status == 200 }
        post('/api/auth/token', [grant_type: 'refresh_token', refresh_token: first.refreshToken]).status == 401

        where:
        db = TestDatabase.describe()
    }

    void "a refresh token gives a new pair once; the old one presented again ends the session"() {
        given:
        TestUser user = newUser()

        when:
        Reply refreshed = post('/api/auth/token', [grant_type: 'refresh_token', refresh_token: user.refreshToken])

        then:
        refreshed.status == 200
        refreshed.json.token_type == 'Bearer'
        refreshed.json.refresh_token != user.refreshToken
        sessionOf(refreshed.json.access_token) == sessionOf(user.accessToken)
        get('/api/me', refreshed.json.access_token).status == 200

        when: 'the rotated-out token comes back (a thief, or the victim after the thief)'
        Reply reused = post('/api/auth/token', [grant_type: 'refresh_token', refresh_token: user.refreshToken])

        then: 'the whole session ends: the newest tokens too'
        reused.status == 401
        reused.json.code == 401
        assertSignedOut(refreshed.json.access_token)
        post('/api/auth/token', [grant_type: 'refresh_token', refresh_token: refreshed.json.refresh_token]).status == 401
    }

    void "a token request without the refresh grant is a 400 naming the field"() {
        expect:
        post('/api/auth/token', [grant_type: 'password', refresh_token: 'x']).json.errors*.field == ['grant_type']
        post('/api/auth/token', [grant_type: 'refresh_token']).json.errors*.field == ['refresh_token']
        post('/api/auth/token', [grant_type: 'refresh_token', refresh_token: 'unknown']).status == 401
    }

    void "logout ends this session only: its tokens are refused on the very next request"() {
        given:
        TestUser phone = newUser()
        TestUser laptop = signIn(phone)

        when:
        Reply reply = post('/api/auth/logout', null, phone.accessToken)

        then:
        reply.status == 204
        assertSignedOut(phone.accessToken)
        post('/api/auth/logout', null, phone.accessToken).status == 401
        post('/api/auth/token', [grant_type: 'refresh_token', refresh_token: phone.refreshToken]).status == 401
        get('/api/me', laptop.accessToken).status == 200
    }

    void "logout without a token is a 401"() {
        expect:
        post('/api/auth/logout').text == UNAUTHORIZED
    }

    void "the session list marks the current one, and another can be signed out"() {
        given:
        TestUser phone = newUser()
        TestUser laptop = signIn(phone)

        when:
        Reply list = get('/api/me/sessions', laptop.accessToken, ['User-Agent': 'Laptop browser'])

        then:
        list.status == 200
        list.json.size() == 2
        list.json.find { it.current }.id == sessionOf(laptop.accessToken)
        list.json.find { !it.current }.id == sessionOf(phone.accessToken)
        list.json.every { it.createdAt && it.lastUsedAt && it.containsKey('ip') && it.containsKey('userAgent') }

        when:
        Reply revoked = delete("/api/me/sessions/${sessionOf(phone.accessToken)}", laptop.accessToken)

        then:
        revoked.status == 204
        assertSignedOut(phone.accessToken)
        get('/api/me/sessions', laptop.accessToken).json*.id == [sessionOf(laptop.accessToken)]
    }

    void "a request moves the session's lastUsedAt when it is over a minute old, on #db"() {
        given:
        TestUser phone = newUser()
        TestUser laptop = signIn(phone)
        Instant signedInAt = lastUsedAt(laptop, phone)

        when: 'the phone asks again ten seconds later'
        clock.advance(Duration.ofSeconds(10))
        assert get('/api/me', phone.accessToken).status == 200

        then: 'too soon to be written'
        lastUsedAt(laptop, phone) == signedInAt

        when: 'and two minutes later'
        clock.advance(Duration.ofMinutes(2))
        Instant askedFrom = clock.instant()
        assert get('/api/me', phone.accessToken).status == 200
        Instant askedUntil = clock.instant()

        then: 'the session shows that request'
        Instant moved = lastUsedAt(laptop, phone)
        moved >= askedFrom.truncatedTo(ChronoUnit.MILLIS)
        moved <= askedUntil

        where:
        db = TestDatabase.describe()
    }

    /** The {@code lastUsedAt} of {@code user}'s session as {@code viewer} (another of their devices) sees it. */
    private Instant lastUsedAt(TestUser viewer, TestUser user) {
        Reply list = get('/api/me/sessions', viewer.accessToken)
        assert list.status == 200
        Instant.parse(list.json.find { it.id == sessionOf(user.accessToken) }.lastUsedAt as String)
    }

    void "another user's session is a 404, and stays signed in"() {
        given:
        TestUser mallory = newUser()
        TestUser victim = newUser()

        when:
        Reply reply = delete("/api/me/sessions/${sessionOf(victim.accessToken)}", mallory.accessToken)

        then:
        reply.status == 404
        reply.json.code == 404
        get('/api/me', victim.accessToken).status == 200
        delete('/api/me/sessions/no-such-session', mallory.accessToken).status == 404
    }

    void "changing the password signs the other sessions out and keeps this one"() {
        given:
        TestUser phone = newUser()
        TestUser laptop = signIn(phone)

        when:
        Reply reply = post('/api/me/password',
                [oldPassword: PASSWORD, newPassword: 'Fresh-meadow-4$', newPasswordConfirmation: 'Fresh-meadow-4$'],
                laptop.accessToken)

        then:
        reply.status == 204
        assertSignedOut(phone.accessToken)
        get('/api/me', laptop.accessToken).status == 200
        post('/api/auth/login', [username: phone.email, password: PASSWORD]).status == 401
        post('/api/auth/login', [username: phone.email, password: 'Fresh-meadow-4$']).status == 200
    }

    void "a password change names the wrong old password and each broken rule"() {
        given:
        TestUser user = newUser()

        when:
        Reply reply = post('/api/me/password',
                [oldPassword: 'not-it', newPassword: 'short', newPasswordConfirmation: 'other'], user.accessToken)

        then:
        reply.status == 400
        reply.json.errors*.field.toSet() == ['oldPassword', 'newPassword', 'newPasswordConfirmation'] as Set
        get('/api/me', user.accessToken).status == 200
    }
}

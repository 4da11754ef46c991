package turgus.web.account

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

import java.time.Duration

/**
 * An intruder with a stolen session changes the email; the owner undoes it with the link in the
 * notice mailed to the previous address, which also signs every device out and cancels the reset
 * links the intruder may have asked for.
 */
@MicronautTest(transactional = false)
class EmailRevertSpec extends WebSpec {
    static final String PUBLIC_URL = 'https://shop.example.test'
    static final String INVALID_LINK = 'This link is invalid, used or expired.'

    @Inject
    AccountHousekeeping housekeeping

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.public-url': PUBLIC_URL]
    }

    /** Changes the email with the given session and answers the undo token mailed to the address left. */
    String changeEmail(TestUser session, String from, String to) {
        Reply changed = patch('/api/me', [email: to], session.accessToken, [Host: 'evil.example'])
        assert changed.status == 200: "the email change failed: ${changed}"
        String notice = lastMailTo(from)
        def link = notice =~ /(\S+)\/account\/email\/revert\?token=(\S+)/
        assert link.find(): "no undo link in ${notice}"
        assert link.group(1) == PUBLIC_URL
        assert !notice.contains('evil.example'): 'a link built from the Host header'
        link.group(2)
    }

    static String newAddress(String who) {
        "${who}-${UUID.randomUUID().toString().take(8)}@example.com"
    }

    void "the owner undoes an intruder's email change with the link mailed to the old address, on #db"() {
        given: 'an intruder with a stolen session moves the email to their own address'
        TestUser owner = newUser()
        TestUser intruder = signIn(owner)
        String intruderEmail = newAddress('intruder')
        String token = changeEmail(intruder, owner.email, intruderEmail)

        and: 'asks for a reset link, which now goes to their address'
        post('/api/auth/password/forgot', [email: intruderEmail]).status == 202
        String resetToken = (lastMailTo(intruderEmail) =~ /password\/reset\?token=(\S+)/)[0][1]

        when:
        Reply reverted = post('/api/auth/email/revert', [token: token])

        then: 'the old email is back, and signs in'
        reverted.status == 204
        TestUser back = signIn(owner, owner.email)
        get('/api/me', back.accessToken).json.email == owner.email
        post('/api/auth/login', [username: intruderEmail, password: PASSWORD]).status == 401

        and: "every session ended: the intruder's token and refresh token are refused"
        get('/api/me', intruder.accessToken).status == 401
        get('/api/me', owner.accessToken).status == 401
        post('/api/auth/token', [grant_type: 'refresh_token', refresh_token: intruder.refreshToken]).status == 401

        and: "the intruder's reset link no longer works"
        Reply reset = post('/api/auth/password/reset',
                [token: resetToken, newPassword: 'Taken-over-9!', newPasswordConfirmation: 'Taken-over-9!'])
        reset.status == 400
        reset.json.errors*.field == ['token']
        signIn(owner, owner.email).accessToken

        and: 'the event log keeps both addresses'
        with(eventsOf(owner.id).find { it.type == 'EMAIL_CHANGE_REVERTED' }) {
            actor == null
            ip == '127.0.0.1'
            details.startsWith("from ${intruderEmail} back to ${owner.email}; 2 session(s) signed out")
        }

        when: 'the link again'
        Reply again = post('/api/auth/email/revert', [token: token])

        then:
        again.status == 400
        again.json.message == INVALID_LINK
        again.json.errors*.field == ['token']
        again.json.code == 400

        where:
        db = TestDatabase.describe()
    }

    void "a link is refused after 7 days, on #db"() {
        given:
        TestUser owner = newUser()
        String moved = newAddress('moved')
        String token = changeEmail(owner, owner.email, moved)
        clock.advance(Duration.ofDays(7))

        when:
        Reply reply = post('/api/auth/email/revert', [token: token])

        then:
        reply.status == 400
        reply.json.message == INVALID_LINK
        reply.json.errors == [[field: 'token', message: 'is invalid, used or expired', rule: 'UNDO_LINK_INVALID']]
        get('/api/me', owner.accessToken).json.email == moved

        where:
        db = TestDatabase.describe()
    }

    void "housekeeping deletes the links of an account once they expired"() {
        given:
        TestUser owner = newUser()
        changeEmail(owner, owner.email, newAddress('moved'))
        assert revertLinksOf(owner.id) == 1

        when:
        housekeeping.purgeExpiredEmailReverts()

        then:
        revertLinksOf(owner.id) == 1

        when:
        clock.advance(Duration.ofDays(7))
        housekeeping.purgeExpiredEmailReverts()

        then:
        revertLinksOf(owner.id) == 0
    }

    void "a #what token is refused with the same answer"() {
        when:
        Reply reply = post('/api/auth/email/revert', body)

        then:
        reply.status == 400
        reply.json.message == INVALID_LINK
        reply.json.errors*.field == ['token']
        !reply.text.contains('Exception')

        where:
        what        | body
        'missing'   | [:]
        'blank'     | [token: '  ']
        'unknown'   | [token: 'no-such-token']
        'malformed' | [token: '../../%00<script>']
    }

    void "when another account took the old email meanwhile, it is a conflict on email and the link keeps working, on #db"() {
        given:
        TestUser owner = newUser()
        String moved = newAddress('moved')
        String token = changeEmail(owner, owner.email, moved)
        TestUser other = newUser()
        assert patch('/api/me', [email: owner.email], other.accessToken).status == 200

        when:
        Reply conflict = post('/api/auth/email/revert', [token: token])

        then:
        conflict.status == 409
        conflict.json.errors*.field == ['email']
        conflict.json.message.contains('previous email')
        get('/api/me', owner.accessToken).json.email == moved

        when: 'the other account lets the address go'
        assert patch('/api/me', [email: newAddress('other')], other.accessToken).status == 200

        then: 'the link was not used up'
        post('/api/auth/email/revert', [token: token]).status == 204
        signIn(owner, owner.email).accessToken

        where:
        db = TestDatabase.describe()
    }

    void "two racing uses of one link: exactly one succeeds, on #db"() {
        given:
        TestUser owner = newUser()
        String token = changeEmail(owner, owner.email, newAddress('moved'))

        when:
        List<Integer> statuses = turgus.persistence.testing.Race.atOnce(2) {
            post('/api/auth/email/revert', [token: token]).status
        } as List<Integer>

        then:
        statuses.sort() == [204, 400]

        where:
        db = TestDatabase.describe()
    }

    private long revertLinksOf(long userId) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { connection ->
            def query = connection.prepareStatement("SELECT COUNT(*) FROM single_use_tokens WHERE purpose = 'EMAIL_REVERT' AND user_id = ?")
            query.setLong(1, userId)
            def rows = query.executeQuery()
            rows.next()
            rows.getLong(1)
        }
    }
}

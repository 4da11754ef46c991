package turgus.web.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.mail.internet.MimeMessage
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

/**
 * Changes to an account's email and password are told to its address by mail, with a link to reset
 * the password that starts with the configured public URL, and land in the event log.
 */
@MicronautTest(transactional = false)
class AccountNoticesSpec extends WebSpec {
    static final String PUBLIC_URL = 'https://shop.example.test'

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.public-url': PUBLIC_URL + '/']
    }

    void "a new email answers the changed profile at once, and the old address is told, on #db"() {
        given:
        TestUser user = newUser()
        String newEmail = "moved-${UUID.randomUUID().toString().take(8)}@example.com"

        when:
        Reply reply = patch('/api/me', [email: newEmail.toUpperCase()], user.accessToken, [Host: 'evil.example'])

        then: 'the change holds at once'
        reply.status == 200
        reply.json.email == newEmail
        get('/api/me', user.accessToken).json.email == newEmail

        and: 'the old address gets the notice, with the link built from the public URL'
        List<MimeMessage> toOld = mailsTo(user.email)
        toOld.size() == 1
        toOld[0].subject == 'The email of your Turgus account was changed'
        String text = toOld[0].content as String
        text.contains("The email of your Turgus account was changed from ${user.email} to ${newEmail}.")
        text.contains("If this wasn't you, reset your password at ${PUBLIC_URL}/password/forgot and contact us.")
        !text.contains('evil.example')
        mailsTo(newEmail).isEmpty()

        and: 'the event log keeps both addresses'
        with(eventsOf(user.id).find { it.type == 'EMAIL_CHANGED' }) {
            (actor as long) == user.id
            ip == '127.0.0.1'
            details == "from ${user.email} to ${newEmail}; notice mailed to ${user.email}".toString()
        }

        and: 'the new email signs in'
        signIn(user, newEmail).accessToken

        where:
        db = TestDatabase.describe()
    }

    void "a change of the name alone mails nothing"() {
        given:
        TestUser user = newUser()

        when:
        Reply reply = patch('/api/me', [fullName: 'Quiet Change'], user.accessToken)

        then:
        reply.status == 200
        mailsTo(user.email).isEmpty()
        !eventsOf(user.id).any { it.type == 'EMAIL_CHANGED' }
    }

    void "a password change is told to the account's address, on #db"() {
        given:
        TestUser user = newUser()

        when:
        Reply reply = post('/api/me/password',
                [oldPassword: PASSWORD, newPassword: 'Noticed-change-5$', newPasswordConfirmation: 'Noticed-change-5$'],
                user.accessToken)

        then:
        reply.status == 204
        List<MimeMessage> mails = mailsTo(user.email)
        mails*.subject == ['Your Turgus password was changed']
        String text = mails[0].content as String
        text.contains('Your password was changed on ')
        text.contains("reset your password at ${PUBLIC_URL}/password/forgot and contact us.")
        !text.contains('Noticed-change')
        eventsOf(user.id).find { it.type == 'PASSWORD_CHANGED' }.details.endsWith("notice mailed to ${user.email}")

        where:
        db = TestDatabase.describe()
    }

    void "a password reset is told to the account's address after the link"() {
        given:
        TestUser user = newUser()
        post('/api/auth/password/forgot', [email: user.email])
        String token = (lastMailTo(user.email) =~ /password\/reset\?token=(\S+)/)[0][1]

        when:
        Reply reset = post('/api/auth/password/reset',
                [token: token, newPassword: 'Noticed-reset-6&', newPasswordConfirmation: 'Noticed-reset-6&'])

        then:
        reset.status == 204
        mailsTo(user.email)*.subject == ['Reset your Turgus password', 'Your Turgus password was changed']
        String text = lastMailTo(user.email)
        text.contains('with a reset link mailed to this address')
        text.contains("reset your password at ${PUBLIC_URL}/password/forgot and contact us.")
        eventsOf(user.id).find { it.type == 'PASSWORD_RESET' }.details.endsWith("notice mailed to ${user.email}")
    }

    private List<MimeMessage> mailsTo(String address) {
        outbox().findAll { it.allRecipients*.toString().contains(address) }
    }
}

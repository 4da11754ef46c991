package turgus.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

/** What people do to their accounts over HTTP lands in the event_log table, with the caller's address. */
@MicronautTest(transactional = false)
class SecurityEventsSpec extends WebSpec {

    void "a failed and a good login, a password change and a logout are logged on #db"() {
        given:
        TestUser user = createAccount()

        when:
        post('/api/auth/login', [username: user.email, password: 'Not-the-password-1!'])
        TestUser signedIn = signIn(user)
        post('/api/me/password', [oldPassword: PASSWORD, newPassword: 'Logged-change-3$', newPasswordConfirmation: 'Logged-change-3$'],
                signedIn.accessToken)
        post('/api/auth/logout', null, signedIn.accessToken)
        List<Map> events = eventsOf(user.id)

        then:
        events*.type == ['LOGIN_FAILED', 'LOGIN_SUCCEEDED', 'PASSWORD_CHANGED', 'LOGGED_OUT']
        events.every { it.ip == '127.0.0.1' }
        events[0].actor == null
        events[1..3].every { (it.actor as long) == user.id }
        !events.any { it.details.contains('Not-the-password') || it.details.contains('Logged-change') }

        where:
        db = TestDatabase.describe()
    }
}

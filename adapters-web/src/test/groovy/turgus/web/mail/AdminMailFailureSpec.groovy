package turgus.web.mail

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

/** A test mail to a mail server that cannot be reached is FAILED, and says why in plain words. */
@MicronautTest(transactional = false)
class AdminMailFailureSpec extends WebSpec {
    static final int CLOSED_PORT = new ServerSocket(0).withCloseable { it.localPort }

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.mail.host': '127.0.0.1', 'shop.mail.port': CLOSED_PORT, 'shop.mail.starttls': 'false']
    }

    void "a mail server that cannot be reached makes the test mail FAILED with the error in words (#db)"() {
        given:
        Reply queued = post('/api/admin/mail/test', [to: 'ops@example.com'], admin.accessToken)
        long id = queued.json.id as long

        when:
        mailDispatch.dispatchDue()
        Map mail = get("/api/admin/mail/test/${id}", admin.accessToken).json as Map

        then:
        mail.id == id
        mail.to == 'ops@example.com'
        mail.status == 'FAILED'
        mail.error.startsWith('The mail to ops@example.com could not be sent (')
        mail.error.toLowerCase().contains('connect')
        !(mail.error =~ /[A-Za-z]+(Exception|Error)\b/)
        !mail.error.contains('jakarta.')

        where:
        db = TestDatabase.describe()
    }
}

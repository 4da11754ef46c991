package turgus.web.mail

import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.ServerSetup
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.mail.internet.MimeMessage
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

/**
 * A test mail over HTTP, through the normal queue to a real SMTP server (GreenMail, in this process):
 * queued, then SENT once the mail job ran, and recorded in the event log.
 */
@MicronautTest(transactional = false)
class AdminMailSpec extends WebSpec {
    /** Started with the class, before the server's settings are read; stopped after the last feature. */
    static final GreenMail SERVER = started()

    def cleanupSpec() {
        SERVER.stop()
    }

    private static GreenMail started() {
        GreenMail mail = new GreenMail(new ServerSetup(0, '127.0.0.1', ServerSetup.PROTOCOL_SMTP))
        mail.start()
        mail
    }

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.mail.host': '127.0.0.1', 'shop.mail.port': SERVER.smtp.port, 'shop.mail.starttls': 'false']
    }

    void "a test mail is queued, then SENT to the mail server, and the event log says who sent it (#db)"() {
        when:
        Reply queued = post('/api/admin/mail/test', [to: 'ops@example.com'], admin.accessToken)

        then:
        queued.status == 202
        long id = queued.json.id as long
        get("/api/admin/mail/test/${id}", admin.accessToken).json ==
                [id: id, to: 'ops@example.com', status: 'QUEUED', error: null]

        when:
        mailDispatch.dispatchDue()

        then:
        get("/api/admin/mail/test/${id}", admin.accessToken).json ==
                [id: id, to: 'ops@example.com', status: 'SENT', error: null]
        MimeMessage received = SERVER.receivedMessages.find { it.allRecipients*.toString() == ['ops@example.com'] }
        received.subject == 'Turgus test mail'
        (received.content as String).contains('check the shop\'s mail settings')

        and:
        Map event = get("/api/admin/events?type=TEST_MAIL_SENT&actorId=${admin.id}", admin.accessToken).json.items[0]
        event.details == "mailId=${id} to=ops@example.com"
        event.ip

        where:
        db = TestDatabase.describe()
    }

    void "an address that is none is a 400 on to: #body"() {
        when:
        Reply reply = post('/api/admin/mail/test', body, admin.accessToken)

        then:
        reply.status == 400
        reply.json.reason == 'INVALID_INPUT'
        reply.json.errors*.field == ['to']

        where:
        body << [[:], [to: ''], [to: 'not-an-address'], [to: 42]]
    }

    void "an unknown id, or a mail that is no test mail, is a 404; an id that is no number a 400"() {
        given: 'a test mail, then a mail of the shop that is no test mail'
        long testId = post('/api/admin/mail/test', [to: 'ops@example.com'], admin.accessToken).json.id as long
        assert post('/api/auth/password/forgot', [email: customer.email]).status == 202

        expect:
        get("/api/admin/mail/test/${testId}", admin.accessToken).status == 200
        get("/api/admin/mail/test/${testId + 1}", admin.accessToken).status == 404
        get('/api/admin/mail/test/999999', admin.accessToken).json ==
                [code: 404, message: 'Test mail 999999 was not found', reason: 'NOT_FOUND',
                 details: [resource: 'TEST_MAIL', id: 999999]]
        get('/api/admin/mail/test/abc', admin.accessToken).status == 400
    }

    void "only admins send and follow test mails: #who gets #status"() {
        given:
        String token = who == 'customer' ? customer.accessToken : null

        expect:
        post('/api/admin/mail/test', [to: 'ops@example.com'], token).status == status
        post('/api/admin/mail/test', [to: 'ops@example.com'], token).json == body
        get('/api/admin/mail/test/1', token).status == status

        where:
        who        | status | body
        'nobody'   | 401    | [code: 401, message: 'Unauthorized']
        'customer' | 403    | [code: 403, message: 'Forbidden']
    }
}

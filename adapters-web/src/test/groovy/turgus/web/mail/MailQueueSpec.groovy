package turgus.web.mail

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import jakarta.mail.internet.MimeMessage
import turgus.application.mail.port.out.MailNotDeliveredException
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

import java.time.Duration

/**
 * Mail leaves the request: a request only queues its mail (in its unit of work), and the dispatch
 * delivers it later, trying again when the mail server is away.
 */
@MicronautTest(transactional = false)
class MailQueueSpec extends WebSpec {

    @Inject
    SwitchableMailTransport transport

    @Override
    protected Map<String, Object> extraProperties() {
        ['spec.name': 'MailQueueSpec']
    }

    def cleanup() {
        transport.refusal = null
    }

    void "a forgot-password request for a known email answers 202 without delivering; the dispatch delivers the link on #db"() {
        given:
        TestUser user = createAccount()
        int attemptsBefore = transport.attempts.get()

        when:
        Reply known = post('/api/auth/password/forgot', [email: user.email])
        Reply unknown = post('/api/auth/password/forgot', [email: "nobody-${UUID.randomUUID()}@example.com"])

        then: 'the same answer for both, and no mail server was asked during either request'
        known.status == 202
        unknown.status == 202
        known.text == unknown.text
        transport.attempts.get() == attemptsBefore
        mailsTo(user.email).isEmpty()

        when:
        int delivered = mailDispatch.dispatchDue()

        then:
        delivered == 1
        List<MimeMessage> mails = mailsTo(user.email)
        mails.size() == 1
        (mails[0].content as String).contains('/password/reset?token=')

        and: 'delivered once: the next run finds nothing'
        mailDispatch.dispatchDue() == 0
        mailsTo(user.email).size() == 1

        where:
        db = TestDatabase.describe()
    }

    void "while the mail server is down a registration still answers 202, and its code arrives on a later attempt"() {
        given:
        transport.refusal = new MailNotDeliveredException('The mail could not be sent',
                new ConnectException('Connection refused'))
        String email = "queued-${UUID.randomUUID().toString().take(8)}@example.com"

        when:
        Reply registered = post('/api/auth/register', [fullName: 'Queue Tester', email: email, phone: '+79' + (100000000 + new Random().nextInt(899999999)),
                                                        password: 'Blue-river-9!', passwordConfirmation: 'Blue-river-9!'])

        then:
        registered.status == 202

        when: 'the first attempt fails'
        int first = mailDispatch.dispatchDue()

        then:
        first == 0
        transport.attempts.get() >= 1
        mailsTo(email).isEmpty()

        when: 'the server is back, but the mail waits for its next attempt'
        transport.refusal = null
        int early = mailDispatch.dispatchDue()

        then:
        early == 0
        mailsTo(email).isEmpty()

        when:
        clock.advance(Duration.ofMinutes(1))
        int later = mailDispatch.dispatchDue()

        then:
        later == 1
        mailsTo(email).size() == 1
        lastMailTo(email) =~ /code is \d{6}/
    }

    /** The mails in the outbox folder to {@code address}, without delivering anything first. */
    List<MimeMessage> mailsTo(String address) {
        outboxFolder().findAll { it.allRecipients*.toString() == [address] }
    }
}

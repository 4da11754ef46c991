package turgus.application.mail

import spock.lang.Specification
import turgus.application.audit.port.out.AuditEventType
import turgus.application.mail.port.in.TestMail
import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.MailNotDeliveredException
import turgus.application.shared.NotFoundException
import turgus.application.testing.DirectTransactions
import turgus.application.testing.FakeMailTransport
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemoryMailQueue
import turgus.application.testing.MutableClock
import turgus.application.testing.RecordingMailDeliveryLog
import turgus.domain.account.UserId
import turgus.domain.shared.InvalidValueException

/** A test mail goes through the normal queue, is followed by its id, and says why it failed in words. */
class TestMailServiceSpec extends Specification {
    static final UserId ADMIN = UserId.of(900)

    def queue = new InMemoryMailQueue()
    def transport = new FakeMailTransport()
    def clock = new MutableClock()
    def audit = new InMemoryAuditLog()
    def service = new TestMailService(queue, audit, new DirectTransactions(), clock)
    def dispatch = new MailDispatchService(queue, transport, MailRetryPolicy.DEFAULT, new RecordingMailDeliveryLog(), clock)

    def "a test mail is queued, recorded in the event log, and SENT once delivered"() {
        when:
        long id = service.sendTestMail(' Ops@Example.com ', ADMIN, '203.0.113.9')

        then:
        service.testMail(id) == new TestMail(id, 'ops@example.com', TestMail.Status.QUEUED, null)
        with(audit.only()) {
            type() == AuditEventType.TEST_MAIL_SENT
            actorId() == ADMIN
            ip() == '203.0.113.9'
            details() == "mailId=${id} to=ops@example.com"
        }

        when:
        dispatch.dispatchDue()

        then:
        service.testMail(id).status() == TestMail.Status.SENT
        transport.tried*.to() == ['ops@example.com']
    }

    def "a failed delivery is FAILED with the reason in plain words"() {
        given:
        long id = service.sendTestMail('ops@example.com', ADMIN, null)
        transport.failWith(new MailNotDeliveredException('The mail to ops@example.com could not be sent',
                new ConnectException('Connection refused')))

        when:
        dispatch.dispatchDue()

        then:
        service.testMail(id) == new TestMail(id, 'ops@example.com', TestMail.Status.FAILED,
                'The mail to ops@example.com could not be sent (Connection refused)')
    }

    def "an address that is none is refused on the field to: #to"() {
        when:
        service.sendTestMail(to, ADMIN, null)

        then:
        InvalidValueException refused = thrown()
        refused.field() == 'to'
        queue.entries.isEmpty()
        audit.events.isEmpty()

        where:
        to << [null, '', 'not-an-address']
    }

    def "only test mails can be followed"() {
        given:
        new QueueingMailer(queue, clock).send(new MailMessage('x@example.com', 'Code', 'code 123456'))

        when:
        service.testMail(queue.entries[0].id)

        then:
        thrown(NotFoundException)

        when:
        service.testMail(999)

        then:
        thrown(NotFoundException)
    }

    def "a stored error reads as plain words: #stored"() {
        expect:
        DeliveryError.inPlainWords(stored) == words

        where:
        stored                                                                                             || words
        'MailNotDeliveredException: The mail to a@b.c could not be sent (ConnectException: Connection refused)' || 'The mail to a@b.c could not be sent (Connection refused)'
        'MailNotDeliveredException: The mail to a@b.c could not be sent (SocketTimeoutException)'         || 'The mail to a@b.c could not be sent (the mail server did not answer in time)'
        'MailNotDeliveredException: The mail could not be sent (jakarta.mail.AuthenticationFailedException: 535 5.7.8 bad credentials)' || 'The mail could not be sent (535 5.7.8 bad credentials)'
        'MailNotDeliveredException: x (UnknownHostException: smtp.nowhere)'                              || 'x (smtp.nowhere)'
        'MailNotDeliveredException: x (UnknownHostException)'                                            || "x (the mail server's name is unknown)"
        'IllegalStateException: Transport closed'                                                         || 'Transport closed'
    }
}

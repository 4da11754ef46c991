package turgus.application.mail

import java.time.Duration
import java.time.Instant
import spock.lang.Specification
import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.MailNotDeliveredException
import turgus.application.testing.FakeMailTransport
import turgus.application.testing.InMemoryMailQueue
import turgus.application.testing.MutableClock
import turgus.application.testing.RecordingMailDeliveryLog

class MailDispatchServiceSpec extends Specification {
    static final MailMessage ANN = new MailMessage('ann@example.com', 'Your code', 'your code is 123456.')
    static final MailMessage BOB = new MailMessage('bob@example.com', 'Reset', 'https://shop.example.com/password/reset?token=t')

    def queue = new InMemoryMailQueue()
    def transport = new FakeMailTransport()
    def log = new RecordingMailDeliveryLog()
    def clock = new MutableClock()
    def mailer = new QueueingMailer(queue, clock)
    def dispatch = new MailDispatchService(queue, transport, MailRetryPolicy.DEFAULT, log, clock)

    def "the mailer only queues: the mail is due at once, and nothing is delivered while the caller waits"() {
        when:
        mailer.send(ANN)

        then:
        with(queue.only()) {
            message == ANN
            createdAt == clock.instant()
            nextAttemptAt == clock.instant()
            attempts == 0
        }
        transport.tried.isEmpty()
    }

    def "a due mail is delivered once and marked sent"() {
        given:
        mailer.send(ANN)
        clock.advance(Duration.ofSeconds(1))

        when:
        int sent = dispatch.dispatchDue()

        then:
        sent == 1
        transport.delivered == [ANN]
        with(queue.only()) {
            sentAt == clock.instant()
            attempts == 1
            claimedUntil == null
        }

        expect: 'the next run finds nothing to do'
        dispatch.dispatchDue() == 0
        transport.tried.size() == 1
    }

    def "a run takes a batch of at most 20 mails, oldest first; the next run takes the rest"() {
        given:
        25.times { n -> mailer.send(new MailMessage("c${n}@example.com", 'Hello', 'Hi')); clock.advance(Duration.ofMillis(1)) }

        expect:
        dispatch.dispatchDue() == 20
        transport.delivered*.to() == (0..19).collect { "c${it}@example.com".toString() }
        dispatch.dispatchDue() == 5
        dispatch.dispatchDue() == 0
    }

    def "a mail another dispatcher holds is left alone until its claim runs out"() {
        given:
        mailer.send(ANN)
        queue.claimDue(clock.instant(), clock.instant() + Duration.ofMinutes(15), 20)

        expect:
        dispatch.dispatchDue() == 0
        transport.tried.isEmpty()

        when: 'the other dispatcher died without a word'
        clock.advance(Duration.ofMinutes(15))

        then:
        dispatch.dispatchDue() == 1
    }

    def "a failed delivery is counted with a short error and tried again after a minute"() {
        given:
        mailer.send(ANN)
        transport.failWith(new MailNotDeliveredException('The mail to ann@example.com could not be sent',
                new IOException('Connection refused')))
        Instant firstTry = clock.instant()

        when:
        int sent = dispatch.dispatchDue()

        then:
        sent == 0
        with(queue.only()) {
            attempts == 1
            lastError == 'MailNotDeliveredException: The mail to ann@example.com could not be sent (IOException: Connection refused)'
            nextAttemptAt == firstTry + Duration.ofMinutes(1)
            sentAt == null
            failedAt == null
            claimedUntil == null
        }
        log.retries == [[id: queue.only().id, to: 'ann@example.com', attempts: 1, error: queue.only().lastError,
                         next: firstTry + Duration.ofMinutes(1)]]

        when: 'the server is back, but the minute is not over'
        transport.heal()
        clock.advance(Duration.ofSeconds(59))

        then:
        dispatch.dispatchDue() == 0
        transport.tried.size() == 1

        when:
        clock.advance(Duration.ofSeconds(1))

        then:
        dispatch.dispatchDue() == 1
        transport.delivered == [ANN]
        queue.only().attempts == 2
    }

    def "each failure waits longer, and the 10th attempt gives the mail up for good"() {
        given:
        mailer.send(ANN)
        transport.failWith(new MailNotDeliveredException('refused', null))
        List<Duration> waits = []

        when:
        10.times {
            Instant before = clock.instant()
            assert dispatch.dispatchDue() == 0
            if (queue.only().failedAt == null) {
                waits << Duration.between(before, queue.only().nextAttemptAt)
                clock.now = queue.only().nextAttemptAt
            }
        }

        then:
        waits == [1, 5, 30, 120, 360, 360, 360, 360, 360].collect { Duration.ofMinutes(it) }
        with(queue.only()) {
            attempts == 10
            failedAt == clock.instant()
            sentAt == null
        }
        log.retries.size() == 9
        log.givenUp == [[id: queue.only().id, to: 'ann@example.com', attempts: 10, error: 'MailNotDeliveredException: refused']]
        transport.tried.size() == 10

        when: 'given up is final'
        transport.heal()
        clock.advance(Duration.ofDays(1))

        then:
        dispatch.dispatchDue() == 0
        transport.tried.size() == 10
    }

    def "a permanent refusal gives the mail up at the first attempt, a temporary one is retried"() {
        given:
        mailer.send(ANN)
        transport.failWith(new MailNotDeliveredException('no such mailbox', null, permanent))

        when:
        dispatch.dispatchDue()

        then:
        with(queue.only()) {
            attempts == 1
            (failedAt != null) == permanent
            sentAt == null
        }
        log.givenUp.size() == (permanent ? 1 : 0)
        log.retries.size() == (permanent ? 0 : 1)

        where:
        permanent << [true, false]
    }

    def "one mail that fails does not hold up the others of its batch"() {
        given:
        mailer.send(ANN)
        mailer.send(BOB)
        transport.failure = { MailMessage mail -> mail.to() == 'ann@example.com' ? new IllegalStateException('mailbox full') : null }

        expect:
        dispatch.dispatchDue() == 1
        transport.delivered == [BOB]
        queue.byId(1).attempts == 1 && queue.byId(1).sentAt == null
        queue.byId(2).sentAt != null
    }

    def "the error kept and logged is one short line, whatever the failure says"() {
        given:
        mailer.send(ANN)
        String longWinded = 'line one\n\tat some.Frame(Frame.java:1)\n' + ('x' * 1000)
        transport.failWith(new MailNotDeliveredException(longWinded, new RuntimeException()))

        when:
        dispatch.dispatchDue()
        String error = queue.only().lastError

        then:
        error.length() <= 300
        !error.contains('\n') && !error.contains('\t')
        error.startsWith('MailNotDeliveredException: line one at some.Frame')
        error.endsWith('…')
        !error.contains(ANN.textBody())
    }

    def "sent and given-up mails are forgotten after a week, waiting ones never"() {
        given:
        mailer.send(ANN)
        dispatch.dispatchDue()
        mailer.send(BOB)
        queue.giveUp(2, 'refused', clock.instant())
        mailer.send(new MailMessage('cy@example.com', 'Waiting', 'for a server'))
        queue.recordFailedAttempt(3, 'refused', clock.instant() + Duration.ofDays(30))

        expect:
        dispatch.purgeSent() == 0

        when:
        clock.advance(Duration.ofDays(7) + Duration.ofSeconds(1))

        then:
        dispatch.purgeSent() == 2
        queue.entries*.message*.to() == ['cy@example.com']
    }
}

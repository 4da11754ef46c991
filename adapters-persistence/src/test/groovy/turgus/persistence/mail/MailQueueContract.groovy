package turgus.persistence.mail

import spock.lang.Specification
import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.MailQueue
import turgus.application.mail.port.out.QueuedMail
import turgus.application.shared.Transactions

import java.time.Duration
import java.time.Instant

import static turgus.persistence.testing.Race.atOnce

/** What every {@link MailQueue} promises. Each feature starts empty. */
abstract class MailQueueContract extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T10:00:00Z')
    static final Instant CLAIM_END = NOW + Duration.ofMinutes(15)
    static final MailMessage ANN = new MailMessage('ann@example.com', 'Your code: żółw', "Hello,\n\nyour code is 042917.\n")
    static final MailMessage BOB = new MailMessage('bob@example.com', 'Reset', 'https://shop.example.com/password/reset?token=t')

    abstract MailQueue getQueue()

    abstract Transactions getTransactions()

    def "an enqueued mail is due at once and claimed with everything it says"() {
        when:
        queue.enqueue(ANN, NOW)
        List<QueuedMail> claimed = queue.claimDue(NOW, CLAIM_END, 10)

        then:
        claimed.size() == 1
        with(claimed[0]) {
            message() == ANN
            attempts() == 0
            createdAt() == NOW
            id() > 0
        }
    }

    def "a mail is not claimed before it is due"() {
        given:
        queue.enqueue(ANN, NOW)

        expect:
        queue.claimDue(NOW - Duration.ofSeconds(1), CLAIM_END, 10).isEmpty()
        queue.claimDue(NOW, CLAIM_END, 10).size() == 1
    }

    def "a claimed mail is not claimed again until the claim runs out"() {
        given:
        queue.enqueue(ANN, NOW)
        queue.claimDue(NOW, CLAIM_END, 10)

        expect:
        queue.claimDue(NOW + Duration.ofMinutes(1), CLAIM_END, 10).isEmpty()
        queue.claimDue(CLAIM_END - Duration.ofSeconds(1), CLAIM_END, 10).isEmpty()
        queue.claimDue(CLAIM_END, CLAIM_END + Duration.ofMinutes(15), 10)*.message() == [ANN]
    }

    def "a claim takes at most the limit, oldest due first"() {
        given:
        queue.enqueue(BOB, NOW + Duration.ofSeconds(2))
        queue.enqueue(ANN, NOW)
        queue.enqueue(new MailMessage('cy@example.com', 'Third', 'c'), NOW + Duration.ofSeconds(1))

        when:
        List<QueuedMail> first = queue.claimDue(NOW + Duration.ofSeconds(5), CLAIM_END, 2)
        List<QueuedMail> rest = queue.claimDue(NOW + Duration.ofSeconds(5), CLAIM_END, 2)

        then:
        first*.message()*.to() == ['ann@example.com', 'cy@example.com']
        rest*.message()*.to() == ['bob@example.com']
        queue.claimDue(NOW + Duration.ofSeconds(5), CLAIM_END, 2).isEmpty()
    }

    def "a sent mail is never claimed again"() {
        given:
        queue.enqueue(ANN, NOW)
        long id = queue.claimDue(NOW, CLAIM_END, 10)[0].id()

        when:
        queue.markSent(id, NOW + Duration.ofSeconds(1))

        then:
        queue.claimDue(NOW + Duration.ofDays(1), NOW + Duration.ofDays(2), 10).isEmpty()
    }

    def "a failed attempt is counted and the mail waits for its next attempt, released from its claim"() {
        given:
        queue.enqueue(ANN, NOW)
        long id = queue.claimDue(NOW, CLAIM_END, 10)[0].id()

        when:
        queue.recordFailedAttempt(id, 'MailNotDeliveredException: refused', NOW + Duration.ofMinutes(1))

        then:
        queue.claimDue(NOW + Duration.ofSeconds(59), CLAIM_END, 10).isEmpty()

        when:
        List<QueuedMail> again = queue.claimDue(NOW + Duration.ofMinutes(1), CLAIM_END, 10)

        then: 'due again before the first claim would have run out'
        again*.id() == [id]
        again[0].attempts() == 1
        again[0].message() == ANN
    }

    def "a mail given up is never claimed again"() {
        given:
        queue.enqueue(ANN, NOW)
        long id = queue.claimDue(NOW, CLAIM_END, 10)[0].id()

        when:
        queue.giveUp(id, 'refused for good', NOW)

        then:
        queue.claimDue(NOW + Duration.ofDays(30), NOW + Duration.ofDays(31), 10).isEmpty()
    }

    def "a mail enqueued in a unit of work that rolls back is gone with it"() {
        when:
        transactions.run {
            queue.enqueue(ANN, NOW)
            throw new IllegalStateException('the registration failed after all')
        }

        then:
        thrown(IllegalStateException)
        queue.claimDue(NOW, CLAIM_END, 10).isEmpty()

        when:
        transactions.run { queue.enqueue(BOB, NOW) }

        then:
        queue.claimDue(NOW, CLAIM_END, 10)*.message() == [BOB]
    }

    def "mails sent or given up before the cutoff are purged; waiting, claimed and newer ones are kept"() {
        given:
        ['old-sent', 'old-failed', 'new-sent', 'waiting', 'claimed'].each { queue.enqueue(mail(it), NOW) }
        Map<String, Long> ids = queue.claimDue(NOW, NOW + Duration.ofMinutes(1), 10).collectEntries { [(it.message().subject()): it.id()] }
        queue.markSent(ids['old-sent'], NOW)
        queue.giveUp(ids['old-failed'], 'refused', NOW)
        queue.markSent(ids['new-sent'], NOW + Duration.ofDays(8))
        queue.recordFailedAttempt(ids['waiting'], 'refused', NOW + Duration.ofHours(6))

        expect:
        queue.purgeFinishedBefore(NOW + Duration.ofDays(7)) == 2
        queue.purgeFinishedBefore(NOW + Duration.ofDays(7)) == 0
        queue.claimDue(NOW + Duration.ofDays(7), NOW + Duration.ofDays(8), 10)*.message()*.subject() as Set == ['waiting', 'claimed'] as Set
    }

    def "#callers dispatchers claiming the same #mails due mails at once get each mail exactly once"() {
        given:
        (1..mails).each { queue.enqueue(new MailMessage("c${it}@example.com", "Mail ${it}", 'Hi'), NOW) }

        when:
        List<Object> answers = atOnce(callers) { queue.claimDue(NOW, CLAIM_END, mails) }

        then:
        answers.every { it instanceof List }
        List<Long> claimed = answers.collectMany { it as List<QueuedMail> }*.id()
        claimed.size() == mails
        claimed.toSet().size() == mails
        queue.claimDue(NOW, CLAIM_END, mails).isEmpty()

        where:
        callers = 8
        mails = 30
    }

    static MailMessage mail(String subject) {
        new MailMessage("${subject}@example.com", subject, 'body')
    }
}

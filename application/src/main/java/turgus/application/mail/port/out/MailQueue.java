package turgus.application.mail.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Mails waiting for delivery, kept where the shop's data is (a transactional outbox). A mail is due
 * from its next attempt time until it is sent or given up; a dispatcher claims due mails for a while
 * before it delivers them, so that two dispatchers (two instances, or a scheduler and a test) never
 * deliver one mail twice.
 */
public interface MailQueue {
    /** Adds a mail, due at {@code now}. Joins the caller's unit of work when there is one. */
    void enqueue(MailMessage message, Instant now);

    /**
     * Adds a test mail, due at {@code now}, as {@link #enqueue} does, and answers its id. Joins the
     * caller's unit of work.
     */
    long enqueueTestMail(MailMessage message, Instant now);

    /** The test mail of this id; empty for an unknown id and for any mail that is no test mail. */
    Optional<TestMailRecord> findTestMail(long id);

    /**
     * Claims up to {@code limit} mails due at {@code now} that nobody else holds, oldest due first,
     * until {@code claimedUntil}; answers only the mails this call claimed. Each claim is atomic on
     * its own: of racing callers exactly one gets a given mail.
     */
    List<QueuedMail> claimDue(Instant now, Instant claimedUntil, int limit);

    /** Marks a mail sent (counting the attempt) and releases it; it is never claimed again. */
    void markSent(long id, Instant sentAt);

    /** Counts a failed attempt, keeps its short error and makes the mail due again at {@code nextAttemptAt}. */
    void recordFailedAttempt(long id, String error, Instant nextAttemptAt);

    /** Counts the last failed attempt and gives the mail up: it is never claimed again. */
    void giveUp(long id, String error, Instant failedAt);

    /** Deletes mails sent or given up before {@code cutoff}; answers how many. */
    int purgeFinishedBefore(Instant cutoff);
}

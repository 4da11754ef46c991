package turgus.persistence.mail;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.MailQueue;
import turgus.application.mail.port.out.QueuedMail;
import turgus.application.mail.port.out.TestMailRecord;
import turgus.persistence.shared.DatabaseTime;

/**
 * The mail queue in {@code mail_queue}. Enqueueing runs on the caller's connection, so it commits or
 * rolls back with the caller's unit of work. Everything else runs statement by statement (each commits
 * at once): a claim must be visible to other dispatchers before any mail is delivered.
 */
@Singleton
public final class JdbcMailQueue implements MailQueue {
    static final int MAX_ERROR_LENGTH = 500;

    private final MailRowRepository rows;

    JdbcMailQueue(MailRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public void enqueue(MailMessage message, Instant now) {
        Instant at = DatabaseTime.of(now);
        rows.save(new MailRow(
                null, message.to(), message.subject(), message.textBody(), at, 0, at, null, null, null, null, false));
    }

    @Override
    public long enqueueTestMail(MailMessage message, Instant now) {
        Instant at = DatabaseTime.of(now);
        return rows.save(new MailRow(
                        null,
                        message.to(),
                        message.subject(),
                        message.textBody(),
                        at,
                        0,
                        at,
                        null,
                        null,
                        null,
                        null,
                        true))
                .id();
    }

    @Override
    public Optional<TestMailRecord> findTestMail(long id) {
        return rows.findTestMail(id)
                .map(row -> new TestMailRecord(
                        row.id(), row.recipient(), row.sentAt() != null, row.failedAt() != null, row.lastError()));
    }

    /**
     * Reads the candidates, then claims each by one conditional UPDATE that repeats every condition of
     * the read ({@link MailRowRepository#claim}), and answers only the rows whose update counted 1. The
     * claimed rows are read again, so what is answered is what was claimed.
     */
    @Override
    public List<QueuedMail> claimDue(Instant now, Instant claimedUntil, int limit) {
        if (limit < 1) {
            return List.of();
        }
        Instant at = DatabaseTime.of(now);
        Instant until = DatabaseTime.of(claimedUntil);
        List<Long> claimed = new ArrayList<>();
        for (long id : rows.findClaimable(at, limit)) {
            if (rows.claim(id, at, until) == 1) {
                claimed.add(id);
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        return rows.findByIds(claimed).stream().map(JdbcMailQueue::toQueuedMail).toList();
    }

    /** Forgets the body as well: a sent mail's code or link has no business staying in the database. */
    @Override
    public void markSent(long id, Instant sentAt) {
        rows.markSent(id, DatabaseTime.of(sentAt));
    }

    @Override
    public void recordFailedAttempt(long id, String error, Instant nextAttemptAt) {
        rows.recordFailedAttempt(id, shortError(error), DatabaseTime.of(nextAttemptAt));
    }

    @Override
    public void giveUp(long id, String error, Instant failedAt) {
        rows.giveUp(id, shortError(error), DatabaseTime.of(failedAt));
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff) {
        return rows.deleteFinishedBefore(DatabaseTime.of(cutoff));
    }

    private static QueuedMail toQueuedMail(MailRow row) {
        return new QueuedMail(
                row.id(),
                new MailMessage(row.recipient(), row.subject(), row.textBody()),
                row.attempts(),
                row.createdAt());
    }

    /** The column holds 500 characters; the application keeps errors shorter, this is the backstop. */
    private static String shortError(String error) {
        return error == null || error.length() <= MAX_ERROR_LENGTH ? error : error.substring(0, MAX_ERROR_LENGTH);
    }
}

package turgus.persistence.mail;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.MailQueue;
import turgus.application.mail.port.out.QueuedMail;
import turgus.persistence.shared.Sql;

/**
 * The mail queue in {@code mail_queue}. Enqueueing runs on the caller's connection, so it commits or
 * rolls back with the caller's unit of work. Everything else runs statement by statement (each commits
 * at once): a claim must be visible to other dispatchers before any mail is delivered.
 */
@Singleton
public final class JdbcMailQueue implements MailQueue {
    /** Waiting: neither sent nor given up, due, and held by nobody (or by a claim that ran out). */
    private static final String CLAIMABLE = "sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= ?"
            + " AND (claimed_until IS NULL OR claimed_until <= ?)";

    private final Sql sql;

    JdbcMailQueue(Sql sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    @Override
    public void enqueue(MailMessage message, Instant now) {
        sql.update(
                "INSERT INTO mail_queue (recipient, subject, text_body, created_at, attempts, next_attempt_at)"
                        + " VALUES (?, ?, ?, ?, 0, ?)",
                message.to(),
                message.subject(),
                message.textBody(),
                now,
                now);
    }

    /**
     * Reads the candidates, then claims each by one conditional UPDATE that repeats every condition of
     * the read: of racing dispatchers only one changes the row (PostgreSQL re-checks the WHERE on the
     * newest row version after waiting for the row; H2 as well), and the row count says who. The
     * claimed rows are read again, so what is answered is what was claimed.
     */
    @Override
    public List<QueuedMail> claimDue(Instant now, Instant claimedUntil, int limit) {
        if (limit < 1) {
            return List.of();
        }
        List<Long> candidates = sql.list(
                "SELECT id FROM mail_queue WHERE " + CLAIMABLE + " ORDER BY next_attempt_at, id LIMIT ?",
                row -> row.getLong("id"),
                now,
                now,
                limit);
        List<Long> claimed = new ArrayList<>();
        for (long id : candidates) {
            int changed = sql.update(
                    "UPDATE mail_queue SET claimed_until = ? WHERE id = ? AND " + CLAIMABLE,
                    claimedUntil,
                    id,
                    now,
                    now);
            if (changed == 1) {
                claimed.add(id);
            }
        }
        if (claimed.isEmpty()) {
            return List.of();
        }
        String placeholders = String.join(", ", Collections.nCopies(claimed.size(), "?"));
        return sql.list(
                "SELECT id, recipient, subject, text_body, attempts, created_at FROM mail_queue" + " WHERE id IN ("
                        + placeholders + ") ORDER BY next_attempt_at, id",
                JdbcMailQueue::queuedMail,
                claimed.toArray());
    }

    /** Forgets the body as well: a sent mail's code or link has no business staying in the database. */
    @Override
    public void markSent(long id, Instant sentAt) {
        sql.update(
                "UPDATE mail_queue SET sent_at = ?, attempts = attempts + 1, claimed_until = NULL, text_body = ''"
                        + " WHERE id = ? AND sent_at IS NULL AND failed_at IS NULL",
                sentAt,
                id);
    }

    @Override
    public void recordFailedAttempt(long id, String error, Instant nextAttemptAt) {
        sql.update(
                "UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, next_attempt_at = ?,"
                        + " claimed_until = NULL WHERE id = ? AND sent_at IS NULL AND failed_at IS NULL",
                shortError(error),
                nextAttemptAt,
                id);
    }

    @Override
    public void giveUp(long id, String error, Instant failedAt) {
        sql.update(
                "UPDATE mail_queue SET attempts = attempts + 1, last_error = ?, failed_at = ?, claimed_until = NULL,"
                        + " text_body = '' WHERE id = ? AND sent_at IS NULL AND failed_at IS NULL",
                shortError(error),
                failedAt,
                id);
    }

    @Override
    public int purgeFinishedBefore(Instant cutoff) {
        return sql.update("DELETE FROM mail_queue WHERE sent_at < ? OR failed_at < ?", cutoff, cutoff);
    }

    private static QueuedMail queuedMail(ResultSet row) throws SQLException {
        return new QueuedMail(
                row.getLong("id"),
                new MailMessage(row.getString("recipient"), row.getString("subject"), row.getString("text_body")),
                row.getInt("attempts"),
                Sql.instant(row, "created_at"));
    }

    /** The column holds 500 characters; the application keeps errors shorter, this is the backstop. */
    private static Object shortError(String error) {
        if (error == null) {
            return Sql.orNull((String) null);
        }
        return error.length() <= 500 ? error : error.substring(0, 500);
    }
}

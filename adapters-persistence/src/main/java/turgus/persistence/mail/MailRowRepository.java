package turgus.persistence.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** SQL for {@code mail_queue}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface MailRowRepository extends CrudRepository<MailRow, Long> {
    /** Waiting: neither sent nor given up, due, and held by nobody (or by a claim that ran out). */
    String CLAIMABLE = "sent_at IS NULL AND failed_at IS NULL AND next_attempt_at <= :now"
            + " AND (claimed_until IS NULL OR claimed_until <= :now)";

    /** Still waiting: neither sent nor given up. */
    String OPEN = " WHERE id = :id AND sent_at IS NULL AND failed_at IS NULL";

    @Query("SELECT id FROM mail_queue WHERE " + CLAIMABLE + " ORDER BY next_attempt_at, id LIMIT :limit")
    List<Long> findClaimable(Instant now, int limit);

    /**
     * Claims the mail only while it is still claimable: of racing dispatchers only one changes the row
     * (PostgreSQL re-checks the WHERE on the newest row version after waiting for the row; H2 as well),
     * and the row count says who.
     */
    @Query("UPDATE mail_queue SET claimed_until = :claimedUntil WHERE id = :id AND " + CLAIMABLE)
    int claim(long id, Instant now, Instant claimedUntil);

    @Query("SELECT id, recipient, subject, text_body, created_at, attempts, next_attempt_at, claimed_until, sent_at,"
            + " failed_at, last_error, test_mail FROM mail_queue WHERE id IN (:ids) ORDER BY next_attempt_at, id")
    List<MailRow> findByIds(Collection<Long> ids);

    @Query("UPDATE mail_queue SET sent_at = :sentAt, attempts = attempts + 1, claimed_until = NULL, text_body = ''"
            + OPEN)
    int markSent(long id, Instant sentAt);

    @Query("UPDATE mail_queue SET attempts = attempts + 1, last_error = :error, next_attempt_at = :nextAttemptAt,"
            + " claimed_until = NULL" + OPEN)
    int recordFailedAttempt(long id, @Nullable String error, Instant nextAttemptAt);

    @Query("UPDATE mail_queue SET attempts = attempts + 1, last_error = :error, failed_at = :failedAt,"
            + " claimed_until = NULL, text_body = ''" + OPEN)
    int giveUp(long id, @Nullable String error, Instant failedAt);

    @Query("SELECT id, recipient, subject, text_body, created_at, attempts, next_attempt_at, claimed_until, sent_at,"
            + " failed_at, last_error, test_mail FROM mail_queue WHERE id = :id AND test_mail = TRUE")
    Optional<MailRow> findTestMail(long id);

    @Query("DELETE FROM mail_queue WHERE sent_at < :cutoff OR failed_at < :cutoff")
    int deleteFinishedBefore(Instant cutoff);
}

package turgus.persistence.idempotency;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.Optional;

/** SQL for {@code idempotency_keys}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface IdempotencyKeyRowRepository extends GenericRepository<IdempotencyKeyRow, Long> {
    /** A key with the result it stands for. */
    String INSERT = "INSERT INTO idempotency_keys"
            + " (user_id, idempotency_key, operation, request_fingerprint, result_id, created_at, expires_at)"
            + " VALUES (:userId, :key, :operation, :fingerprint, :resultId, :now, :expiresAt)";

    @Query("SELECT user_id, idempotency_key, operation, request_fingerprint, result_id, created_at, expires_at"
            + " FROM idempotency_keys WHERE user_id = :userId AND idempotency_key = :key AND expires_at > :now")
    Optional<IdempotencyKeyRow> findUnexpired(long userId, String key, Instant now);

    @Query("DELETE FROM idempotency_keys WHERE user_id = :userId AND idempotency_key = :key AND expires_at <= :now")
    int deleteExpired(long userId, String key, Instant now);

    @Query(INSERT)
    int insert(
            long userId,
            String key,
            String operation,
            String fingerprint,
            long resultId,
            Instant now,
            Instant expiresAt);

    /** Like {@link #insert}, unless the key is stored already (live or expired): answers 1 if this call stored it. */
    @Query(INSERT + " ON CONFLICT DO NOTHING")
    int insertIfMissing(
            long userId,
            String key,
            String operation,
            String fingerprint,
            long resultId,
            Instant now,
            Instant expiresAt);

    @Query("DELETE FROM idempotency_keys WHERE expires_at <= :now")
    int deleteAllExpired(Instant now);
}

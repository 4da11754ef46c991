package turgus.persistence.idempotency;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.idempotency.IdempotencyKey;
import turgus.application.idempotency.RequestFingerprint;
import turgus.application.idempotency.port.out.IdempotencyStore;
import turgus.domain.account.UserId;
import turgus.persistence.shared.Sql;

/** Idempotency keys in {@code idempotency_keys}, unique per user and key. */
@Singleton
public final class JdbcIdempotencyStore implements IdempotencyStore {
    private final Sql sql;

    JdbcIdempotencyStore(Sql sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    @Override
    public Optional<Remembered> find(UserId user, IdempotencyKey key, Instant now) {
        return sql.one(
                "SELECT operation, request_fingerprint, result_id FROM idempotency_keys"
                        + " WHERE user_id = ? AND idempotency_key = ? AND expires_at > ?",
                row -> new Remembered(
                        row.getString("operation"),
                        new RequestFingerprint(row.getString("request_fingerprint")),
                        row.getLong("result_id")),
                user.value(),
                key.value(),
                now);
    }

    @Override
    public void remember(
            UserId user,
            IdempotencyKey key,
            String operation,
            RequestFingerprint fingerprint,
            long resultId,
            Instant now,
            Instant expiresAt) {
        sql.update(
                "DELETE FROM idempotency_keys WHERE user_id = ? AND idempotency_key = ? AND expires_at <= ?",
                user.value(),
                key.value(),
                now);
        sql.update(
                "INSERT INTO idempotency_keys"
                        + " (user_id, idempotency_key, operation, request_fingerprint, result_id, created_at, expires_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                user.value(),
                key.value(),
                operation,
                fingerprint.sha256(),
                resultId,
                now,
                expiresAt);
    }

    @Override
    public int purgeExpired(Instant now) {
        return sql.update("DELETE FROM idempotency_keys WHERE expires_at <= ?", now);
    }
}

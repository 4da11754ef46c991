package turgus.persistence.idempotency;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.idempotency.IdempotencyKey;
import turgus.application.idempotency.RequestFingerprint;
import turgus.application.idempotency.port.out.IdempotencyStore;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;

/** Idempotency keys in {@code idempotency_keys}, unique per user and key. */
@Singleton
public final class JdbcIdempotencyStore implements IdempotencyStore {
    private final IdempotencyKeyRowRepository rows;

    JdbcIdempotencyStore(IdempotencyKeyRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public Optional<Remembered> find(UserId user, IdempotencyKey key, Instant now) {
        return rows.findUnexpired(user.value(), key.value(), DatabaseTime.of(now))
                .map(row -> new Remembered(
                        row.operation(), new RequestFingerprint(row.requestFingerprint()), row.resultId()));
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
        Instant at = DatabaseTime.of(now);
        Instant until = DatabaseTime.of(expiresAt);
        // Almost always the key is new: one statement. Otherwise it is an expired one (the caller found
        // no live one under the wallet's lock), which goes before the key is stored again.
        if (rows.insertIfMissing(user.value(), key.value(), operation, fingerprint.sha256(), resultId, at, until)
                == 1) {
            return;
        }
        rows.deleteExpired(user.value(), key.value(), at);
        rows.insert(user.value(), key.value(), operation, fingerprint.sha256(), resultId, at, until);
    }

    @Override
    public int purgeExpired(Instant now) {
        return rows.deleteAllExpired(DatabaseTime.of(now));
    }
}

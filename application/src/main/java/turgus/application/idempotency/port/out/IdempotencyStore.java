package turgus.application.idempotency.port.out;

import java.time.Instant;
import java.util.Optional;
import turgus.application.idempotency.IdempotencyKey;
import turgus.application.idempotency.RequestFingerprint;
import turgus.domain.account.UserId;

/**
 * The idempotency keys of a customer's requests, each with the request's fingerprint and the id of
 * what the first request produced (a ledger movement for a top-up, an order for a checkout); the
 * answer is read again from that id, so the store needs to know nothing about the web's JSON.
 *
 * <p>Callers look a key up and remember it inside the same transaction, while holding the
 * customer's wallet lock: requests of one customer are then serialised, and the unique
 * {@code (user, key)} constraint is only a last line of defence.
 */
public interface IdempotencyStore {
    /** What the first request with this key produced, unless it expired before {@code now}. */
    Optional<Remembered> find(UserId user, IdempotencyKey key, Instant now);

    /** Remembers a first request until {@code expiresAt}, replacing an expired record of the same key. */
    void remember(
            UserId user,
            IdempotencyKey key,
            String operation,
            RequestFingerprint fingerprint,
            long resultId,
            Instant now,
            Instant expiresAt);

    /** Forgets every key that expired before {@code now}; answers how many. */
    int purgeExpired(Instant now);

    /** A remembered request: which operation, its fingerprint and the id of its result. */
    record Remembered(String operation, RequestFingerprint fingerprint, long resultId) {}
}

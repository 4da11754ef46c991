package turgus.application.idempotency;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import turgus.application.idempotency.port.in.PurgeIdempotencyKeysUseCase;
import turgus.application.idempotency.port.out.IdempotencyStore;
import turgus.domain.account.UserId;

/**
 * The idempotency rule of the API: a key is remembered per customer for {@link #TTL}; the same key
 * with the same request answers the first result again, with another request it is refused ({@link
 * IdempotencyKeyReusedException}). Used by the services inside their transaction, after they locked
 * the customer's wallet.
 */
@Singleton
public final class Idempotency implements PurgeIdempotencyKeysUseCase {
    public static final Duration TTL = Duration.ofHours(24);

    private final IdempotencyStore store;
    private final Clock clock;

    public Idempotency(IdempotencyStore store, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The id of the result of an earlier request with this key, if there was one; refuses a key that
     * came with another request.
     */
    public OptionalLong earlierResult(
            UserId user, Optional<IdempotencyKey> key, String operation, RequestFingerprint fingerprint) {
        if (key.isEmpty()) {
            return OptionalLong.empty();
        }
        Optional<IdempotencyStore.Remembered> remembered = store.find(user, key.get(), clock.instant());
        if (remembered.isEmpty()) {
            return OptionalLong.empty();
        }
        IdempotencyStore.Remembered earlier = remembered.get();
        if (!earlier.operation().equals(operation) || !earlier.fingerprint().equals(fingerprint)) {
            throw new IdempotencyKeyReusedException();
        }
        return OptionalLong.of(earlier.resultId());
    }

    /** Remembers the result of a first request with this key (nothing without a key). */
    public void remember(
            UserId user,
            Optional<IdempotencyKey> key,
            String operation,
            RequestFingerprint fingerprint,
            long resultId) {
        if (key.isPresent()) {
            Instant now = clock.instant();
            store.remember(user, key.get(), operation, fingerprint, resultId, now, now.plus(TTL));
        }
    }

    @Override
    public int purgeExpired() {
        return store.purgeExpired(clock.instant());
    }
}

package turgus.application.testing

import turgus.application.idempotency.IdempotencyKey
import turgus.application.idempotency.RequestFingerprint
import turgus.application.idempotency.port.out.IdempotencyStore
import turgus.domain.account.UserId

import java.time.Instant

/** Idempotency keys in a map, for specs of the use cases. */
class InMemoryIdempotencyStore implements IdempotencyStore {
    final Map<List<Object>, Map<String, Object>> keys = [:]

    @Override
    synchronized Optional<Remembered> find(UserId user, IdempotencyKey key, Instant now) {
        Map<String, Object> found = keys[[user, key]]
        found == null || !((Instant) found.expiresAt).isAfter(now) ? Optional.empty() : Optional.of((Remembered) found.remembered)
    }

    @Override
    synchronized void remember(UserId user, IdempotencyKey key, String operation, RequestFingerprint fingerprint,
                               long resultId, Instant now, Instant expiresAt) {
        keys[[user, key]] = [remembered: new Remembered(operation, fingerprint, resultId), expiresAt: expiresAt]
    }

    @Override
    synchronized int purgeExpired(Instant now) {
        def expired = keys.findAll { !((Instant) it.value.expiresAt).isAfter(now) }*.key
        expired.each { keys.remove(it) }
        expired.size()
    }
}

package turgus.persistence.idempotency;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One row of {@code idempotency_keys}. The table's key is {@code (user_id, idempotency_key)} (a unique
 * constraint); every statement names both, so the row is written and read by {@code @Query} only.
 */
@MappedEntity("idempotency_keys")
record IdempotencyKeyRow(
        @Id long userId,
        String idempotencyKey,
        String operation,
        String requestFingerprint,
        long resultId,
        Instant createdAt,
        Instant expiresAt) {}

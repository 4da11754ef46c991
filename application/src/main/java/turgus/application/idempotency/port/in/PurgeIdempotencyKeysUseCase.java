package turgus.application.idempotency.port.in;

/** Forgets idempotency keys older than their 24 hours (for a scheduled job). */
public interface PurgeIdempotencyKeysUseCase {
    /** Answers how many keys were forgotten. */
    int purgeExpired();
}

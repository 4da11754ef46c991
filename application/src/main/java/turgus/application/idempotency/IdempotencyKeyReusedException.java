package turgus.application.idempotency;

/** An {@code Idempotency-Key} sent again with another request than the first time (HTTP 422). */
public class IdempotencyKeyReusedException extends RuntimeException {
    public IdempotencyKeyReusedException() {
        super("This Idempotency-Key was already used for a different request");
    }
}

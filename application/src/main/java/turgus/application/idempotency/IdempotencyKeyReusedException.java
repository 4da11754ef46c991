package turgus.application.idempotency;

import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/** An {@code Idempotency-Key} sent again with another request than the first time (HTTP 422). */
public class IdempotencyKeyReusedException extends Refusal {
    public IdempotencyKeyReusedException() {
        super(RefusalReason.IDEMPOTENCY_KEY_REUSED, "This Idempotency-Key was already used for a different request");
    }
}

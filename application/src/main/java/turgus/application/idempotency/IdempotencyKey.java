package turgus.application.idempotency;

import java.util.Optional;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** The {@code Idempotency-Key} a client sends with a top-up or a checkout: 1 to 255 characters. */
public record IdempotencyKey(String value) {
    public static final int MAX_LENGTH = 255;

    public IdempotencyKey {
        if (value == null || value.isEmpty()) {
            throw new InvalidValueException("Idempotency-Key", FieldRule.REQUIRED);
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("Idempotency-Key", FieldRule.TOO_LONG, "max", MAX_LENGTH);
        }
    }

    /** The key of a request, or empty when the request has none (then it is not deduplicated). */
    public static Optional<IdempotencyKey> fromHeader(String header) {
        return header == null ? Optional.empty() : Optional.of(new IdempotencyKey(header));
    }
}

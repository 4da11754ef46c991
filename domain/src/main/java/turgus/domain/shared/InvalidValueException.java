package turgus.domain.shared;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Input that breaks a domain rule. It names each field concerned so that an adapter can point the
 * user at what to correct; the field messages are written for that user. Its reason is {@link
 * RefusalReason#INVALID_INPUT}, unless a rule has a reason of its own that a client may want to
 * explain (an empty cart, a promo code that cannot be used): then the reason and its details say
 * it, and the field is still named.
 */
public class InvalidValueException extends Refusal {
    private final transient List<FieldError> errors;
    private final String summary;

    public InvalidValueException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidValueException(List<FieldError> errors) {
        this(errors, null);
    }

    private InvalidValueException(List<FieldError> errors, String summary) {
        this(RefusalReason.INVALID_INPUT, Map.of(), errors, summary);
    }

    private InvalidValueException(
            RefusalReason reason, Map<String, ?> details, List<FieldError> errors, String summary) {
        super(reason, details, describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid value names at least one field");
        }
        this.errors = List.copyOf(errors);
        this.summary = summary;
    }

    /**
     * A broken rule that a user understands better in one sentence of its own than as "fields to
     * correct", such as an empty cart at checkout.
     */
    public static InvalidValueException withSummary(String summary, String field, String message) {
        return new InvalidValueException(List.of(new FieldError(field, message)), Objects.requireNonNull(summary));
    }

    /**
     * A broken rule with a reason of its own, on one field: the reason and its details explain it,
     * the message describes it for logs (and for the field, to adapters that show no reasons).
     */
    public static InvalidValueException because(
            RefusalReason reason, Map<String, ?> details, String summary, String field, String message) {
        return new InvalidValueException(reason, details, List.of(new FieldError(field, message)), summary);
    }

    /** The sentence for the user, when the rule has one of its own. */
    public Optional<String> summary() {
        return Optional.ofNullable(summary);
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first field named; most rules name exactly one. */
    public String field() {
        return errors.get(0).field();
    }

    private static String describe(List<FieldError> errors) {
        return errors.stream().map(e -> e.field() + " " + e.message()).collect(Collectors.joining("; "));
    }
}

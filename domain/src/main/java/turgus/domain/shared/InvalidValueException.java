package turgus.domain.shared;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Input that breaks a domain rule. It names each field concerned and the rule it broke ({@link
 * FieldError}), so that an adapter can point the user at what to correct, in the user's language.
 * Its reason is {@link RefusalReason#INVALID_INPUT}, unless a rule has a reason of its own that a
 * client may want to explain (an empty cart, a promo code that cannot be used): then the reason and
 * its details say it, and the field is still named.
 */
public class InvalidValueException extends Refusal {
    private final transient List<FieldError> errors;
    private final boolean wholeStory;

    public InvalidValueException(String field, FieldRule rule, Object... namesAndValues) {
        this(List.of(FieldError.of(field, rule, namesAndValues)));
    }

    public InvalidValueException(List<FieldError> errors) {
        this(RefusalReason.INVALID_INPUT, Map.of(), errors, false);
    }

    private InvalidValueException(
            RefusalReason reason, Map<String, ?> details, List<FieldError> errors, boolean wholeStory) {
        super(reason, details, describe(reason, errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid value names at least one field");
        }
        this.errors = List.copyOf(errors);
        this.wholeStory = wholeStory;
    }

    /**
     * A broken rule that a user understands better as one sentence of its own than as "fields to
     * correct", such as a reset link that no longer works: an adapter says the rule as the answer's
     * message.
     */
    public static InvalidValueException wholeStory(String field, FieldRule rule) {
        return new InvalidValueException(
                RefusalReason.INVALID_INPUT, Map.of(), List.of(FieldError.of(field, rule)), true);
    }

    /** A broken rule with a reason of its own, on one field: the reason and its details explain it. */
    public static InvalidValueException because(
            RefusalReason reason, Map<String, ?> details, String field, FieldRule rule) {
        return new InvalidValueException(reason, details, List.of(FieldError.of(field, rule)), false);
    }

    /** Whether the first field's rule is the whole story, to be told as the answer's message. */
    public boolean isWholeStory() {
        return wholeStory;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The first field named; most rules name exactly one. */
    public String field() {
        return errors.get(0).field();
    }

    /** The rule the first field broke. */
    public FieldRule rule() {
        return errors.get(0).rule();
    }

    private static String describe(RefusalReason reason, List<FieldError> errors) {
        String fields = errors.stream().map(FieldError::toString).collect(Collectors.joining("; "));
        return reason == RefusalReason.INVALID_INPUT ? fields : reason + ": " + fields;
    }
}

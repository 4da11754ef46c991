package turgus.domain.shared;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Input that breaks a domain rule. It names each field concerned so that an adapter can point the
 * user at what to correct; the messages are written for that user.
 */
public class InvalidValueException extends RuntimeException {
    private final List<FieldError> errors;
    private final String summary;

    public InvalidValueException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidValueException(List<FieldError> errors) {
        this(errors, null);
    }

    private InvalidValueException(List<FieldError> errors, String summary) {
        super(describe(errors));
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

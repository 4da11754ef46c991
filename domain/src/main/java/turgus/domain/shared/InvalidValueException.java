package turgus.domain.shared;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a domain rule. It names each field concerned so that an adapter can point the
 * user at what to correct; the messages are written for that user.
 */
public class InvalidValueException extends RuntimeException {
    private final List<FieldError> errors;

    public InvalidValueException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public InvalidValueException(List<FieldError> errors) {
        super(describe(errors));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid value names at least one field");
        }
        this.errors = List.copyOf(errors);
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

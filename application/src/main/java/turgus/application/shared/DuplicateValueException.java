package turgus.application.shared;

import java.util.Objects;

/** A value that must be unique is taken already (an email, a phone number); names the field. */
public class DuplicateValueException extends ConflictException {
    private final String field;

    public DuplicateValueException(String field, String message) {
        super(message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The input field holding the taken value, for the form to point at. */
    public String field() {
        return field;
    }

    public static DuplicateValueException email() {
        return new DuplicateValueException("email", "An account with this email address already exists");
    }

    public static DuplicateValueException phone() {
        return new DuplicateValueException("phone", "An account with this phone number already exists");
    }
}

package turgus.application.shared;

import java.util.Map;
import java.util.Objects;
import turgus.domain.shared.RefusalReason;

/** A value that must be unique is taken already (an email, a phone number); names the field. */
public class DuplicateValueException extends ConflictException {
    private final String field;

    private DuplicateValueException(RefusalReason reason, String field, String message) {
        super(reason, Map.of(), message);
        this.field = Objects.requireNonNull(field, "field");
    }

    /** The input field holding the taken value, for the form to point at. */
    public String field() {
        return field;
    }

    public static DuplicateValueException email() {
        return new DuplicateValueException(
                RefusalReason.EMAIL_TAKEN, "email", "An account with this email address already exists");
    }

    public static DuplicateValueException phone() {
        return new DuplicateValueException(
                RefusalReason.PHONE_TAKEN, "phone", "An account with this phone number already exists");
    }

    /** An email change cannot be undone: another account has the previous address by now. */
    public static DuplicateValueException previousEmail(String message) {
        return new DuplicateValueException(RefusalReason.PREVIOUS_EMAIL_TAKEN, "email", message);
    }
}

package turgus.domain.account;

import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** A person's name as they write it: trimmed, 1 to 200 characters. */
public record FullName(String value) {
    public static final int MAX_LENGTH = 200;

    public FullName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("fullName", FieldRule.REQUIRED);
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("fullName", FieldRule.TOO_LONG, "max", MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

package turgus.domain.account;

import turgus.domain.shared.InvalidValueException;

/** A person's name as they write it: trimmed, 1 to 200 characters. */
public record FullName(String value) {
    public static final int MAX_LENGTH = 200;

    public FullName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("fullName", "is required");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("fullName", "must be at most " + MAX_LENGTH + " characters");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

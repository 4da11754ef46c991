package turgus.domain.catalog;

import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** A product's display name: trimmed, 1 to 200 characters. */
public record ProductName(String value) {
    public static final int MAX_LENGTH = 200;

    public ProductName {
        value = value == null ? "" : value.strip();
        if (value.isEmpty()) {
            throw new InvalidValueException("name", FieldRule.REQUIRED);
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("name", FieldRule.TOO_LONG, "max", MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

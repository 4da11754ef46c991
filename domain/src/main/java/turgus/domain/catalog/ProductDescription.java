package turgus.domain.catalog;

import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** What a product is, in up to 2000 characters; may be empty. */
public record ProductDescription(String value) {
    public static final int MAX_LENGTH = 2000;
    public static final ProductDescription NONE = new ProductDescription("");

    public ProductDescription {
        value = value == null ? "" : value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new InvalidValueException("description", FieldRule.TOO_LONG, "max", MAX_LENGTH);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

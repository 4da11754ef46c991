package turgus.domain.account;

import java.util.regex.Pattern;
import turgus.domain.shared.InvalidValueException;

/**
 * A phone number with spaces, dashes, dots and brackets removed, checked against the shop's
 * configured pattern (by default {@code +7} and ten digits).
 */
public record PhoneNumber(String value) {
    public static final Pattern DEFAULT_PATTERN = Pattern.compile("^\\+7\\d{10}$");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");

    public PhoneNumber {
        if (value == null || value.isEmpty() || !value.equals(normalise(value))) {
            throw new IllegalArgumentException("A phone number is stored normalised: " + value);
        }
    }

    /** Normalises {@code raw} and checks it against {@code pattern}. */
    public static PhoneNumber parse(String raw, Pattern pattern) {
        String normalised = normalise(raw);
        if (normalised.isEmpty()) {
            throw new InvalidValueException("phone", "is required");
        }
        if (!pattern.matcher(normalised).matches()) {
            throw new InvalidValueException("phone", "must look like +7 and 10 digits");
        }
        return new PhoneNumber(normalised);
    }

    public static String normalise(String raw) {
        return raw == null ? "" : SEPARATORS.matcher(raw.strip()).replaceAll("");
    }

    @Override
    public String toString() {
        return value;
    }
}

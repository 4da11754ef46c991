package turgus.domain.account;

import java.util.regex.Pattern;

/**
 * A phone number as the shop stores it: normalised by a {@link PhoneFormat} (no spaces, dashes,
 * dots or brackets) and checked against the shop's configured pattern (by default {@code +7} and ten
 * digits).
 */
public record PhoneNumber(String value) {
    public static final Pattern DEFAULT_PATTERN = Pattern.compile("^\\+7\\d{10}$");
    private static final Pattern SEPARATOR = Pattern.compile("[\\s\\-().]");

    public PhoneNumber {
        if (value == null || value.isEmpty() || SEPARATOR.matcher(value).find()) {
            throw new IllegalArgumentException("A phone number is stored normalised: " + value);
        }
    }

    @Override
    public String toString() {
        return value;
    }
}

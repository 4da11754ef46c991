package turgus.domain.account;

import java.util.Locale;
import java.util.regex.Pattern;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/** An email address, trimmed and lower-cased so that one mailbox is one account. */
public record Email(String value) {
    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    public Email {
        value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (value.isEmpty()) {
            throw new InvalidValueException("email", FieldRule.REQUIRED);
        }
        if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
            throw new InvalidValueException("email", FieldRule.INVALID_EMAIL);
        }
    }

    public static Email of(String value) {
        return new Email(value);
    }

    /** Whether {@code text} looks like an email rather than a phone number (login accepts both). */
    public static boolean looksLikeEmail(String text) {
        return text != null && text.contains("@");
    }

    @Override
    public String toString() {
        return value;
    }
}

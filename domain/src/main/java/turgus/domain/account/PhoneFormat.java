package turgus.domain.account;

import java.util.Objects;
import java.util.regex.Pattern;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/**
 * How the shop reads phone numbers as people write them: separators (spaces, dashes, dots,
 * brackets) are dropped, and the result must match the configured pattern.
 *
 * <p>With the default pattern ({@code +7} and ten digits) a number may also be written as people in
 * that country dial it at home: a trunk prefix {@code 8} or the country code {@code 7} without the
 * plus, followed by ten digits ({@code 8 (912) 345-67-89}, {@code 79123456789}) — both are read as
 * {@code +79123456789}. A shop that configures another pattern gets no such guess, since a leading
 * {@code 8} or {@code 7} means something else elsewhere.
 *
 * @param pattern what a normalised number must match
 * @param russianDialling whether {@code 8…} and {@code 7…} with ten more digits are read as {@code +7…}
 */
public record PhoneFormat(Pattern pattern, boolean russianDialling) {
    public static final PhoneFormat DEFAULT = new PhoneFormat(PhoneNumber.DEFAULT_PATTERN, true);

    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-().]");
    private static final Pattern DIALLED_AT_HOME = Pattern.compile("^[78](\\d{10})$");

    public PhoneFormat {
        Objects.requireNonNull(pattern, "pattern");
    }

    /** The format for a configured pattern: the default one brings its dialling rule along. */
    public static PhoneFormat of(String regex) {
        Pattern pattern = Pattern.compile(regex);
        return new PhoneFormat(pattern, regex.equals(PhoneNumber.DEFAULT_PATTERN.pattern()));
    }

    /** {@code raw} without separators and, where the dialling rule applies, with {@code +7}. */
    public String normalise(String raw) {
        String compact = raw == null ? "" : SEPARATORS.matcher(raw.strip()).replaceAll("");
        if (russianDialling) {
            var local = DIALLED_AT_HOME.matcher(compact);
            if (local.matches()) {
                return "+7" + local.group(1);
            }
        }
        return compact;
    }

    /** Normalises {@code raw} and checks it against the pattern. */
    public PhoneNumber parse(String raw) {
        String normalised = normalise(raw);
        if (normalised.isEmpty()) {
            throw new InvalidValueException("phone", FieldRule.REQUIRED);
        }
        if (!pattern.matcher(normalised).matches()) {
            throw new InvalidValueException("phone", FieldRule.INVALID_PHONE);
        }
        return new PhoneNumber(normalised);
    }
}

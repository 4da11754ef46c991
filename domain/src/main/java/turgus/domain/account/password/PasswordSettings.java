package turgus.domain.account.password;

import java.util.Objects;

/**
 * What the shop asks of a password, as set in its configuration. {@link PasswordPolicy} derives one
 * regular expression per rule from these settings.
 *
 * @param minLength the fewest characters a password may have, at least 1
 * @param maxLength the most characters a password may have, at least {@code minLength}
 * @param specialCharacters the characters of which a password holds at least one; each is printable
 *     ASCII punctuation (not a letter, digit or space). Empty means no special character is asked.
 * @param upperCaseRequired whether a password holds at least one Latin upper-case letter
 */
public record PasswordSettings(int minLength, int maxLength, String specialCharacters, boolean upperCaseRequired) {
    public static final int DEFAULT_MIN_LENGTH = 8;
    public static final int DEFAULT_MAX_LENGTH = 128;
    public static final String DEFAULT_SPECIAL_CHARACTERS = "$%&!:";

    /** At least 8 and at most 128 characters, one upper-case letter and one of {@code $%&!:}. */
    public static final PasswordSettings DEFAULTS =
            new PasswordSettings(DEFAULT_MIN_LENGTH, DEFAULT_MAX_LENGTH, DEFAULT_SPECIAL_CHARACTERS, true);

    public PasswordSettings {
        Objects.requireNonNull(specialCharacters, "specialCharacters");
        if (minLength < 1) {
            throw new IllegalArgumentException("A password has at least 1 character: minLength " + minLength);
        }
        if (maxLength < minLength) {
            throw new IllegalArgumentException("maxLength " + maxLength + " is shorter than minLength " + minLength);
        }
        specialCharacters = distinct(specialCharacters);
        for (char c : specialCharacters.toCharArray()) {
            if (!isPrintablePunctuation(c)) {
                throw new IllegalArgumentException("A special character is printable ASCII punctuation, not '" + c
                        + "' (U+" + String.format("%04X", (int) c) + ")");
            }
        }
    }

    /** These settings with another minimum length. */
    public PasswordSettings withMinLength(int newMinLength) {
        return new PasswordSettings(newMinLength, maxLength, specialCharacters, upperCaseRequired);
    }

    /** These settings with another maximum length. */
    public PasswordSettings withMaxLength(int newMaxLength) {
        return new PasswordSettings(minLength, newMaxLength, specialCharacters, upperCaseRequired);
    }

    /** These settings with another set of special characters; empty asks for none. */
    public PasswordSettings withSpecialCharacters(String newSpecialCharacters) {
        return new PasswordSettings(minLength, maxLength, newSpecialCharacters, upperCaseRequired);
    }

    /** These settings with or without the upper-case letter. */
    public PasswordSettings withUpperCaseRequired(boolean required) {
        return new PasswordSettings(minLength, maxLength, specialCharacters, required);
    }

    private static String distinct(String characters) {
        StringBuilder seen = new StringBuilder();
        characters.chars().distinct().forEach(c -> seen.append((char) c));
        return seen.toString();
    }

    private static boolean isPrintablePunctuation(char c) {
        return c > ' ' && c < 0x7F && !Character.isLetterOrDigit(c);
    }
}

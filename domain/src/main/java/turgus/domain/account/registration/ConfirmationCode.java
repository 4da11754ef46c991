package turgus.domain.account.registration;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/**
 * The six-digit code emailed to confirm a registration, {@code 000000} to {@code 999999}. It is a
 * secret while it is valid: it is stored only as a hash, and it never shows in a log.
 */
public record ConfirmationCode(String value) {
    public static final int LENGTH = 6;
    public static final String FIELD = "code";
    private static final int BOUND = 1_000_000;
    private static final Pattern DIGITS = Pattern.compile("[0-9]{" + LENGTH + "}");

    public ConfirmationCode {
        if (value == null || !DIGITS.matcher(value).matches()) {
            throw new InvalidValueException(FIELD, FieldRule.NOT_DIGITS, "length", LENGTH);
        }
    }

    /** Reads a code as a person typed it: spaces around it are ignored, nothing else is. */
    public static ConfirmationCode parse(String input) {
        String code = input == null ? "" : input.strip();
        if (code.isEmpty()) {
            throw new InvalidValueException(FIELD, FieldRule.REQUIRED);
        }
        return new ConfirmationCode(code);
    }

    /**
     * A new code drawn from {@code random}, every code equally likely. The caller passes a secure
     * source (a {@code SecureRandom}): a code that can be guessed confirms somebody else's email.
     */
    public static ConfirmationCode draw(RandomGenerator random) {
        Objects.requireNonNull(random, "random");
        return fromNumber(random.nextInt(BOUND));
    }

    /** The code for {@code number}, written with leading zeros: 42 is {@code 000042}. */
    public static ConfirmationCode fromNumber(int number) {
        if (number < 0 || number >= BOUND) {
            throw new IllegalArgumentException("A confirmation code is 0 to 999999: " + number);
        }
        return new ConfirmationCode(String.format("%06d", number));
    }

    /** Masked, so that a log never holds a valid code; {@link #value()} is the code itself. */
    @Override
    public String toString() {
        return "ConfirmationCode[******]";
    }
}

package turgus.web.platform;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import turgus.domain.shared.InvalidValueException;

/**
 * Reads counts (stock, quantities, percents) that arrive as JSON numbers. The JSON decoder would
 * quietly cut {@code 1.5} to {@code 1} for an integer field, so such fields are read as exact
 * decimals and refused here unless they are whole.
 */
public final class WholeNumbers {
    private WholeNumbers() {}

    /** The whole number in {@code value}, or null when it was not sent. */
    @Nullable
    public static Integer of(String field, @Nullable BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new InvalidValueException(field, "must be a whole number");
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException outOfRange) {
            throw new InvalidValueException(field, "is far too large");
        }
    }
}

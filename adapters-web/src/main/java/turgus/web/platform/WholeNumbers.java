package turgus.web.platform;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;

/**
 * Reads a count that arrives as a query value (the trending searches' {@code limit}): taken as an
 * exact decimal, it is refused unless it is whole, or when it is far too large. Counts in JSON
 * bodies do not come through here: {@link StrictScalars} already refuses any number that is not
 * written as a whole one.
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
            throw new InvalidValueException(field, FieldRule.NOT_A_WHOLE_NUMBER);
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException outOfRange) {
            throw new InvalidValueException(field, FieldRule.TOO_LARGE, "max", Long.MAX_VALUE);
        }
    }
}

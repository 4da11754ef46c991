package turgus.domain.shared;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of euros with at most two decimals. Never a floating-point number; the scale is always
 * normalised to two so that equal amounts are equal records.
 */
public record Money(BigDecimal amount) implements Comparable<Money> {
    public static final String CURRENCY = "EUR";
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(amount, "amount");
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("Money has at most 2 decimals: " + amount.toPlainString());
        }
        amount = amount.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String amount) {
        return new Money(new BigDecimal(amount));
    }

    public static Money of(long euros) {
        return new Money(BigDecimal.valueOf(euros));
    }

    /** Reads a user's amount; more than two decimals is refused for {@code field}, not rounded. */
    public static Money parse(String field, BigDecimal amount) {
        if (amount == null) {
            throw new InvalidValueException(field, FieldRule.REQUIRED);
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidValueException(field, FieldRule.TOO_MANY_DECIMALS, "max", 2);
        }
        return new Money(amount);
    }

    public Money plus(Money other) {
        return new Money(amount.add(other.amount));
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(other.amount));
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)));
    }

    /** {@code percent}% of this amount, rounded half-even to the cent. */
    public Money percent(int percent) {
        BigDecimal share = amount.multiply(BigDecimal.valueOf(percent)).divide(BigDecimal.valueOf(100));
        return new Money(share.setScale(2, RoundingMode.HALF_EVEN));
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isGreaterThan(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + CURRENCY;
    }
}

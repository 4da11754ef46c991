package turgus.domain.catalog;

import java.math.BigDecimal;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/** What one unit of a product costs: more than zero, at most 1,000,000.00 EUR. */
public final class Price {
    public static final Money MAX = Money.of(1_000_000);

    private Price() {}

    /** Checks a catalog price given as {@code field}; answers it as money. */
    public static Money of(String field, BigDecimal amount) {
        Money price = Money.parse(field, amount);
        if (!price.isPositive()) {
            throw new InvalidValueException(field, FieldRule.NOT_POSITIVE);
        }
        if (price.isGreaterThan(MAX)) {
            throw new InvalidValueException(field, FieldRule.TOO_LARGE, "max", MAX.amount());
        }
        return price;
    }
}

package turgus.domain.catalog;

import java.time.Instant;
import java.util.Optional;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/**
 * A price cut on one product: a whole percent from 1 to 90, until an optional end. A sale that has
 * ended simply stops applying; nobody has to remove it.
 */
public record Sale(int percent, Instant endsAt) {
    public static final int MAX_PERCENT = 90;

    public Sale {
        if (percent < 1 || percent > MAX_PERCENT) {
            throw new InvalidValueException("salePercent", FieldRule.OUT_OF_RANGE, "min", 1, "max", MAX_PERCENT);
        }
    }

    public Optional<Instant> end() {
        return Optional.ofNullable(endsAt);
    }

    public boolean isActiveAt(Instant moment) {
        return endsAt == null || moment.isBefore(endsAt);
    }

    /** The sale price of {@code price}: the cut rounded half-even to the cent. */
    public Money applyTo(Money price) {
        return price.minus(price.percent(percent));
    }
}

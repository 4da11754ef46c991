package turgus.domain.ledger;

import java.math.BigDecimal;
import java.util.Objects;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/** Money a customer adds to their balance at once: more than 0, at most 10,000.00, in cents. */
public record TopUpAmount(Money amount) {
    public static final Money MAX = Money.of("10000.00");

    public TopUpAmount {
        Objects.requireNonNull(amount, "amount");
        if (!amount.isPositive()) {
            throw new InvalidValueException("amount", FieldRule.NOT_POSITIVE);
        }
        if (amount.isGreaterThan(MAX)) {
            throw new InvalidValueException("amount", FieldRule.TOO_LARGE, "max", MAX.amount());
        }
    }

    /** Reads a customer's amount; more than two decimals is refused, never rounded. */
    public static TopUpAmount of(BigDecimal amount) {
        return new TopUpAmount(Money.parse("amount", amount));
    }
}

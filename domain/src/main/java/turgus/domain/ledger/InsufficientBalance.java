package turgus.domain.ledger;

import java.util.Objects;
import turgus.domain.shared.Money;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/** A payment larger than the balance: it needs {@code needed}, the balance has {@code available}. */
public class InsufficientBalance extends Refusal {
    private final transient Money needed;
    private final transient Money available;

    public InsufficientBalance(Money needed, Money available) {
        super(
                RefusalReason.INSUFFICIENT_BALANCE,
                details("needed", needed.amount(), "available", available.amount()),
                "Your balance is too low: this needs " + needed + ", you have " + available);
        this.needed = Objects.requireNonNull(needed, "needed");
        this.available = Objects.requireNonNull(available, "available");
    }

    public Money needed() {
        return needed;
    }

    public Money available() {
        return available;
    }

    /** How much more the balance would need. */
    public Money shortBy() {
        return needed.minus(available);
    }
}

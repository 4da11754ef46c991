package turgus.domain.discount;

import java.util.Objects;
import turgus.domain.shared.Money;

/**
 * A discount as the cart and the order show it: where it comes from, a label in plain words ("Loyalty
 * discount 5%") and the amount it takes off, always more than zero.
 */
public record AppliedDiscount(DiscountKind kind, String label, Money amount) {
    public AppliedDiscount {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(amount, "amount");
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("A discount has a label");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("A discount takes something off: " + amount);
        }
    }
}

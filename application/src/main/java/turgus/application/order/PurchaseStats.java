package turgus.application.order;

import java.util.Objects;
import turgus.domain.shared.Money;

/** A customer's completed (PAID, not refunded) orders: how many, and what they cost in all. */
public record PurchaseStats(int completedOrders, Money totalSpent) {
    public static final PurchaseStats NONE = new PurchaseStats(0, Money.ZERO);

    public PurchaseStats {
        Objects.requireNonNull(totalSpent, "totalSpent");
    }
}

package turgus.domain.loyalty;

import java.util.Objects;
import java.util.Optional;
import turgus.domain.shared.Money;

/**
 * Where a customer stands: whether loyal, at which level and for what discount, the figures that
 * decided it, and how far the next level is.
 *
 * @param loyal whether any level is reached
 * @param tier the name of the level reached, or null when not loyal
 * @param discountPercent the discount of that level; 0 when not loyal
 * @param completedOrders orders paid and not refunded
 * @param totalSpent what those orders cost
 * @param next the next level and how far it is, or null at the highest level
 */
public record LoyaltyStatus(
        boolean loyal, String tier, int discountPercent, int completedOrders, Money totalSpent, NextLevel next) {

    public LoyaltyStatus {
        Objects.requireNonNull(totalSpent, "totalSpent");
        if (loyal != (tier != null)) {
            throw new IllegalArgumentException("A loyal customer has a level, and only a loyal one");
        }
        if (!loyal && discountPercent != 0) {
            throw new IllegalArgumentException("Only a loyal customer has a loyalty discount");
        }
    }

    /** A customer who has bought nothing yet, under {@code policy}. */
    public static LoyaltyStatus newCustomer(LoyaltyPolicy policy) {
        return policy.statusOf(0, Money.ZERO);
    }

    public Optional<String> tierName() {
        return Optional.ofNullable(tier);
    }

    public Optional<NextLevel> nextLevel() {
        return Optional.ofNullable(next);
    }

    /** How many more completed orders reach the next level; 0 at the highest level. */
    public int ordersToNext() {
        return next == null ? 0 : next.ordersToGo();
    }

    /** How much more spending reaches the next level; zero at the highest level. */
    public Money spendToNext() {
        return next == null ? Money.ZERO : next.spendToGo();
    }

    /** The name of the next level ({@link LoyaltyPolicy#LOYAL} for a customer not loyal yet); empty at the highest. */
    public Optional<String> nextTier() {
        return next == null ? Optional.empty() : Optional.of(next.tier());
    }
}

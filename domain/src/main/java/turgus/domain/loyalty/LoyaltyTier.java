package turgus.domain.loyalty;

import java.util.Objects;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/**
 * One level of loyalty: a customer reaches it with <em>more than</em> {@code minCompletedOrders}
 * completed orders <em>or more than</em> {@code minTotalSpent} spent, and then gets {@code percent}
 * off every order.
 *
 * @param name how the level is called on the profile, 1 to 50 characters
 * @param minCompletedOrders completed orders that are not yet enough; one more reaches the level
 * @param minTotalSpent an amount spent that is not yet enough; one cent more reaches the level
 * @param percent the discount of the level, 0 to 100
 */
public record LoyaltyTier(String name, int minCompletedOrders, Money minTotalSpent, int percent) {
    public static final int MAX_NAME_LENGTH = 50;
    /**
     * The largest spending threshold: far beyond any customer's total, and within what the shop
     * stores (twelve digits, two of them cents).
     */
    public static final Money MAX_TOTAL_SPENT = Money.of(1_000_000_000);

    public LoyaltyTier {
        name = name == null ? "" : name.strip();
        if (name.isEmpty()) {
            throw new InvalidValueException("tier", FieldRule.REQUIRED);
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new InvalidValueException("tier", FieldRule.TOO_LONG, "max", MAX_NAME_LENGTH);
        }
        if (minCompletedOrders < 0) {
            throw new InvalidValueException("minCompletedOrders", FieldRule.NEGATIVE);
        }
        Objects.requireNonNull(minTotalSpent, "minTotalSpent");
        if (minTotalSpent.isNegative()) {
            throw new InvalidValueException("minTotalSpent", FieldRule.NEGATIVE);
        }
        if (minTotalSpent.isGreaterThan(MAX_TOTAL_SPENT)) {
            throw new InvalidValueException("minTotalSpent", FieldRule.TOO_LARGE, "max", MAX_TOTAL_SPENT.amount());
        }
        if (percent < 0 || percent > 100) {
            throw new InvalidValueException("percent", FieldRule.OUT_OF_RANGE, "min", 0, "max", 100);
        }
    }

    /** Whether a customer with these figures has reached this level. */
    public boolean isReachedBy(int completedOrders, Money totalSpent) {
        return completedOrders > minCompletedOrders || totalSpent.isGreaterThan(minTotalSpent);
    }

    /** How many more completed orders reach this level; 0 once reached that way. */
    public int ordersToReach(int completedOrders) {
        return Math.max(0, minCompletedOrders + 1 - completedOrders);
    }

    /** How much more spending reaches this level (one cent beyond the threshold); 0 once reached. */
    public Money spendToReach(Money totalSpent) {
        Money needed = minTotalSpent.plus(Money.of("0.01")).minus(totalSpent);
        return needed.isPositive() ? needed : Money.ZERO;
    }

    /** Whether this level asks strictly more than {@code lower} on both counts. */
    boolean isAbove(LoyaltyTier lower) {
        return minCompletedOrders > lower.minCompletedOrders && minTotalSpent.isGreaterThan(lower.minTotalSpent);
    }
}

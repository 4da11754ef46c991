package turgus.domain.loyalty;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/**
 * Who is loyal and what it is worth. A customer who has completed <em>more than</em> {@code
 * minCompletedOrders} orders, <em>or</em> spent <em>more than</em> {@code minTotalSpent} in total, is
 * loyal and gets {@code percent} off every order: by default more than 3 orders or more than 500.00
 * EUR, for 5%.
 *
 * <p>Further {@code tiers} reward more: each asks strictly more than the level before it on both
 * counts and gives strictly more. Because a higher level asks more on both counts, whoever reaches it
 * has reached every level below; the highest level reached applies, never two.
 *
 * @param minCompletedOrders completed orders that are not yet enough to be loyal
 * @param minTotalSpent an amount spent that is not yet enough to be loyal
 * @param percent the loyalty discount, 0 (loyalty is shown but worth nothing) to 100
 * @param tiers the levels above loyal, lowest first; may be empty
 */
public record LoyaltyPolicy(int minCompletedOrders, Money minTotalSpent, int percent, List<LoyaltyTier> tiers) {
    /** What the first level is called. */
    public static final String LOYAL = "Loyal";

    public static final int DEFAULT_MIN_COMPLETED_ORDERS = 3;
    public static final Money DEFAULT_MIN_TOTAL_SPENT = Money.of("500.00");
    public static final int DEFAULT_PERCENT = 5;
    public static final LoyaltyPolicy DEFAULT =
            new LoyaltyPolicy(DEFAULT_MIN_COMPLETED_ORDERS, DEFAULT_MIN_TOTAL_SPENT, DEFAULT_PERCENT, List.of());

    public LoyaltyPolicy {
        Objects.requireNonNull(tiers, "tiers");
        LoyaltyTier loyal = new LoyaltyTier(LOYAL, minCompletedOrders, minTotalSpent, percent);
        tiers = List.copyOf(tiers);
        Set<String> names = new HashSet<>(Set.of(LOYAL.toLowerCase(Locale.ROOT)));
        LoyaltyTier below = loyal;
        for (LoyaltyTier tier : tiers) {
            if (!names.add(tier.name().toLowerCase(Locale.ROOT))) {
                throw new InvalidValueException("tiers", FieldRule.REPEATED, "value", tier.name());
            }
            if (!tier.isAbove(below)) {
                throw new InvalidValueException(
                        "tiers", FieldRule.TIER_NOT_ABOVE, "tier", tier.name(), "below", below.name());
            }
            if (tier.percent() <= below.percent()) {
                throw new InvalidValueException(
                        "tiers", FieldRule.TIER_DISCOUNT_NOT_LARGER, "tier", tier.name(), "below", below.name());
            }
            below = tier;
        }
    }

    /** This policy with other thresholds and percent for being loyal, keeping the further tiers. */
    public LoyaltyPolicy withLoyalRule(int newMinCompletedOrders, Money newMinTotalSpent, int newPercent) {
        return new LoyaltyPolicy(newMinCompletedOrders, newMinTotalSpent, newPercent, tiers);
    }

    public LoyaltyPolicy withTiers(List<LoyaltyTier> newTiers) {
        return new LoyaltyPolicy(minCompletedOrders, minTotalSpent, percent, newTiers);
    }

    /** Every level, lowest first: loyal, then the further tiers. */
    public List<LoyaltyTier> levels() {
        List<LoyaltyTier> levels = new ArrayList<>();
        levels.add(new LoyaltyTier(LOYAL, minCompletedOrders, minTotalSpent, percent));
        levels.addAll(tiers);
        return List.copyOf(levels);
    }

    /**
     * Where a customer stands with {@code completedOrders} orders paid and not refunded, and {@code
     * totalSpent} paid for them: the level reached, its discount and how far the next level is.
     */
    public LoyaltyStatus statusOf(int completedOrders, Money totalSpent) {
        if (completedOrders < 0) {
            throw new IllegalArgumentException("Completed orders are never negative: " + completedOrders);
        }
        Objects.requireNonNull(totalSpent, "totalSpent");
        LoyaltyTier reached = null;
        LoyaltyTier next = null;
        for (LoyaltyTier level : levels()) {
            if (level.isReachedBy(completedOrders, totalSpent)) {
                reached = level;
            } else {
                next = level;
                break;
            }
        }
        NextLevel nextLevel = next == null
                ? null
                : new NextLevel(next.name(), next.ordersToReach(completedOrders), next.spendToReach(totalSpent));
        return new LoyaltyStatus(
                reached != null,
                reached == null ? null : reached.name(),
                reached == null ? 0 : reached.percent(),
                completedOrders,
                totalSpent,
                nextLevel);
    }
}

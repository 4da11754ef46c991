package turgus.application.loyalty.port.out;

import java.util.Objects;
import turgus.application.order.PurchaseStats;
import turgus.domain.account.UserId;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.loyalty.LoyaltyStatus;

/** The loyalty rule and its tiers as the admins set them. */
public interface LoyaltySettingsRepository {
    /** The stored rule, or {@link LoyaltyPolicy#DEFAULT} when none is stored. */
    LoyaltyPolicy load();

    /**
     * The stored rule like {@link #load}, with how many paid orders the customer has and what they
     * cost, read together: every pricing of a cart needs both.
     */
    Standing loadWithPurchasesOf(UserId customer);

    /** Replaces the stored rule and all its tiers at once. */
    void save(LoyaltyPolicy policy);

    /** The rule in force and a customer's paid orders. */
    record Standing(LoyaltyPolicy policy, PurchaseStats purchases) {
        public Standing {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(purchases, "purchases");
        }

        /** The customer's loyalty status under the rule. */
        public LoyaltyStatus status() {
            return policy.statusOf(purchases.completedOrders(), purchases.totalSpent());
        }
    }
}

package turgus.persistence.loyalty;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/**
 * The loyalty rule and one of its tiers, as read in one statement: the rule's columns repeat on every
 * tier's row, and are null when no rule is stored; the tier's are null when there is no tier.
 */
record LoyaltyPolicyRow(
        long paid,
        BigDecimal spent,
        @Nullable Integer ruleMinCompletedOrders,
        @Nullable BigDecimal ruleMinTotalSpent,
        @Nullable Integer rulePercent,
        @Nullable Integer tierNo,
        @Nullable String name,
        @Nullable Integer minCompletedOrders,
        @Nullable BigDecimal minTotalSpent,
        @Nullable Integer discountPercent) {}

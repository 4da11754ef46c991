package turgus.persistence.loyalty;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** One row of {@code loyalty_tiers}: a tier above the base rule, in the order of {@code tier_no}. */
@MappedEntity("loyalty_tiers")
record LoyaltyTierRow(
        @Id int tierNo, String name, int minCompletedOrders, BigDecimal minTotalSpent, int discountPercent) {}

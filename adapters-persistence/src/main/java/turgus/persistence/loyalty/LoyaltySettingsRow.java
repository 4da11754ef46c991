package turgus.persistence.loyalty;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/** The single row (id 1) of {@code loyalty_settings}: the base loyalty rule. */
@MappedEntity("loyalty_settings")
record LoyaltySettingsRow(@Id int id, int minCompletedOrders, BigDecimal minTotalSpent, int discountPercent) {}

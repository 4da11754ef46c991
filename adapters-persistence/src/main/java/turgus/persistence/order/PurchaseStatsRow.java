package turgus.persistence.order;

import io.micronaut.core.annotation.Introspected;
import java.math.BigDecimal;

/** How many paid orders a customer has and what they came to (a projection of {@code orders}). */
@Introspected
record PurchaseStatsRow(long paid, BigDecimal spent) {}

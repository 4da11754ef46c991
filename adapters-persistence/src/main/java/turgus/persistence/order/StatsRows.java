package turgus.persistence.order;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;

/** Projections of the dashboard's queries; a day is its ISO date text in the shop's time zone. */
final class StatsRows {
    private StatsRows() {}

    @Introspected
    record DaySalesRow(String onDate, BigDecimal revenue, long orders) {}

    @Introspected
    record DayAmountRow(String onDate, BigDecimal amount) {}

    @Introspected
    record DayCountRow(String onDate, long count) {}

    @Introspected
    record ProductSalesRow(long productId, @Nullable String name, BigDecimal revenue, long units) {}
}

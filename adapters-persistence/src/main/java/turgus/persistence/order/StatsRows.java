package turgus.persistence.order;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;

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

    /** The figures' version ({@link StatsRowRepository#version()}); a moment is null while there is none. */
    @Introspected
    record VersionRow(
            long newestOrder,
            @Nullable Instant latestRefund,
            long refundsAtLatest,
            long newestAccount,
            @Nullable Instant latestProductChange) {}
}

package turgus.persistence.order;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import turgus.application.stats.port.out.SalesStatistics;
import turgus.domain.shared.Money;
import turgus.persistence.shared.DatabaseTime;

/** The dashboard's figures, added up by the database ({@link StatsRowRepository}). */
@Singleton
public final class JdbcSalesStatistics implements SalesStatistics {
    private final StatsRowRepository rows;

    JdbcSalesStatistics(StatsRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public List<DaySales> salesByDay(Instant from, Instant to, ZoneId zone) {
        return rows.salesByDay(DatabaseTime.of(from), DatabaseTime.of(to), zone.getId()).stream()
                .map(row -> new DaySales(LocalDate.parse(row.onDate()), money(row.revenue()), row.orders()))
                .toList();
    }

    @Override
    public List<DayAmount> refundsByDay(Instant from, Instant to, ZoneId zone) {
        return rows.refundsByDay(DatabaseTime.of(from), DatabaseTime.of(to), zone.getId()).stream()
                .map(row -> new DayAmount(LocalDate.parse(row.onDate()), money(row.amount())))
                .toList();
    }

    @Override
    public List<DayCount> newCustomersByDay(Instant from, Instant to, ZoneId zone) {
        return rows.newCustomersByDay(DatabaseTime.of(from), DatabaseTime.of(to), zone.getId()).stream()
                .map(row -> new DayCount(LocalDate.parse(row.onDate()), row.count()))
                .toList();
    }

    @Override
    public List<ProductSales> topProductsByRevenue(Instant from, Instant to, int limit) {
        return products(rows.topByRevenue(DatabaseTime.of(from), DatabaseTime.of(to), limit));
    }

    @Override
    public List<ProductSales> topProductsByUnits(Instant from, Instant to, int limit) {
        return products(rows.topByUnits(DatabaseTime.of(from), DatabaseTime.of(to), limit));
    }

    @Override
    public long activeCartsSince(Instant since) {
        return rows.activeCartsSince(DatabaseTime.of(since));
    }

    @Override
    public Version version() {
        StatsRows.VersionRow row = rows.version();
        return new Version(
                row.newestOrder(),
                row.latestRefund(),
                row.refundsAtLatest(),
                row.newestAccount(),
                row.latestProductChange());
    }

    private static List<ProductSales> products(List<StatsRows.ProductSalesRow> found) {
        return found.stream()
                .map(row -> new ProductSales(
                        row.productId(), row.name() == null ? "" : row.name(), money(row.revenue()), row.units()))
                .toList();
    }

    private static Money money(BigDecimal amount) {
        return new Money(amount == null ? BigDecimal.ZERO : amount);
    }
}

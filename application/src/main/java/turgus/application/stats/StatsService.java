package turgus.application.stats;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import turgus.application.catalog.port.out.SearchLog;
import turgus.application.stats.port.in.ShowStatsQuery;
import turgus.application.stats.port.in.Stats;
import turgus.application.stats.port.out.SalesStatistics;
import turgus.application.stats.port.out.SalesStatistics.DaySales;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/**
 * The dashboard. The database adds up (see {@link SalesStatistics}); this fills in the days on which
 * nothing happened and sums the totals of the days.
 */
@Singleton
public final class StatsService implements ShowStatsQuery {
    static final int TOP_PRODUCTS = 10;
    static final int TRENDING_SEARCHES = 10;
    static final int ACTIVE_CART_DAYS = 7;

    private final SalesStatistics statistics;
    private final SearchLog searches;
    private final ShopCalendar calendar;
    private final Clock clock;

    public StatsService(SalesStatistics statistics, SearchLog searches, ShopCalendar calendar, Clock clock) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.searches = Objects.requireNonNull(searches, "searches");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Stats stats(int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new InvalidValueException("days", FieldRule.OUT_OF_RANGE, "min", MIN_DAYS, "max", MAX_DAYS);
        }
        ZoneId zone = calendar.zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        LocalDate first = today.minusDays(days - 1L);
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();

        Map<LocalDate, DaySales> sales = new HashMap<>();
        statistics.salesByDay(from, to, zone).forEach(day -> sales.put(day.date(), day));
        Map<LocalDate, Money> refunds = new HashMap<>();
        statistics.refundsByDay(from, to, zone).forEach(day -> refunds.put(day.date(), day.amount()));
        Map<LocalDate, Long> customers = new HashMap<>();
        statistics.newCustomersByDay(from, to, zone).forEach(day -> customers.put(day.date(), day.count()));

        List<Stats.Day> revenueByDay = new ArrayList<>(days);
        List<Stats.NewCustomers> newCustomersByDay = new ArrayList<>(days);
        Money revenue = Money.ZERO;
        Money refunded = Money.ZERO;
        long orders = 0;
        long newCustomers = 0;
        for (LocalDate date = first; !date.isAfter(today); date = date.plusDays(1)) {
            DaySales day = sales.getOrDefault(date, new DaySales(date, Money.ZERO, 0));
            Money dayRefunds = refunds.getOrDefault(date, Money.ZERO);
            long dayCustomers = customers.getOrDefault(date, 0L);
            revenueByDay.add(new Stats.Day(date, day.revenue(), day.orders(), dayRefunds));
            newCustomersByDay.add(new Stats.NewCustomers(date, dayCustomers));
            revenue = revenue.plus(day.revenue());
            refunded = refunded.plus(dayRefunds);
            orders += day.orders();
            newCustomers += dayCustomers;
        }
        return new Stats(
                first,
                today,
                zone,
                new Stats.Totals(revenue, orders, refunded, newCustomers),
                revenueByDay,
                statistics.topProductsByRevenue(from, to, TOP_PRODUCTS),
                statistics.topProductsByUnits(from, to, TOP_PRODUCTS),
                newCustomersByDay,
                statistics.activeCartsSince(now.minus(Duration.ofDays(ACTIVE_CART_DAYS))),
                searches.mostSearchedSince(from, TRENDING_SEARCHES));
    }
}

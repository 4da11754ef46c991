package turgus.application.stats;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.LongSupplier;
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
 *
 * <p>Adding up a month of a busy shop's orders is the database's heaviest read (seconds at 100,000
 * orders a month, when 32 requests ask at once), so a dashboard once added up is kept per period
 * (its first and last day in the shop's zone: a new day is a new period) while the figures' version
 * ({@link SalesStatistics#version()}, read from the ends of indexes) stands, whichever instance
 * wrote the change: an order placed, one refunded, an account opened, a product changed. No
 * dashboard is kept longer than {@code shop.stats.max-age} (10 s; 0 adds up on every request), the
 * bound for what the version does not see: roles changed, searches logged or purged, a writer
 * whose clock lags. The trending searches are not part of the version, since every signed-in
 * search writes the log: they are added up again with the rest, or after the max age at the
 * latest. The active carts are counted on every request, since an emptied cart leaves no trace at
 * the end of an index and the last 7 days move with every moment; that count reads the week's cart
 * lines only. Requests that find their dashboard being added up wait for it ({@link KeptFigures}).
 */
@Singleton
public final class StatsService implements ShowStatsQuery {
    static final int TOP_PRODUCTS = 10;
    static final int TRENDING_SEARCHES = 10;
    static final int ACTIVE_CART_DAYS = 7;

    /** Which dashboard: the days from {@code first} to {@code last}, in {@code zone}. */
    private record Period(LocalDate first, LocalDate last, ZoneId zone) {}

    private final SalesStatistics statistics;
    private final SearchLog searches;
    private final ShopCalendar calendar;
    private final Clock clock;
    private final KeptFigures<Period, Stats> kept;

    @Inject
    public StatsService(
            SalesStatistics statistics, SearchLog searches, ShopCalendar calendar, StatsKeeping keeping, Clock clock) {
        this(statistics, searches, calendar, keeping, clock, System::nanoTime);
    }

    StatsService(
            SalesStatistics statistics,
            SearchLog searches,
            ShopCalendar calendar,
            StatsKeeping keeping,
            Clock clock,
            LongSupplier nanoTime) {
        this.statistics = Objects.requireNonNull(statistics, "statistics");
        this.searches = Objects.requireNonNull(searches, "searches");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.kept = new KeptFigures<>(keeping.maxAge(), nanoTime);
    }

    @Override
    public Stats stats(int days) {
        if (days < MIN_DAYS || days > MAX_DAYS) {
            throw new InvalidValueException("days", FieldRule.OUT_OF_RANGE, "min", MIN_DAYS, "max", MAX_DAYS);
        }
        ZoneId zone = calendar.zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Period period = new Period(today.minusDays(days - 1L), today, zone);
        Stats figures = kept.keeps()
                ? kept.get(period, statistics.version(), () -> {
                    kept.forgetAll(other ->
                            !other.last().equals(today) || !other.zone().equals(zone));
                    return addUp(period);
                })
                : addUp(period);
        return figures.withActiveCarts(statistics.activeCartsSince(now.minus(Duration.ofDays(ACTIVE_CART_DAYS))));
    }

    /** Everything but the active carts (0 here). */
    private Stats addUp(Period period) {
        ZoneId zone = period.zone();
        LocalDate first = period.first();
        LocalDate today = period.last();
        Instant from = first.atStartOfDay(zone).toInstant();
        Instant to = today.plusDays(1).atStartOfDay(zone).toInstant();
        int days = (int) ChronoUnit.DAYS.between(first, today) + 1;

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
                0,
                searches.mostSearchedSince(from, TRENDING_SEARCHES));
    }
}

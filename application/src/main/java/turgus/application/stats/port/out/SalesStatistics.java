package turgus.application.stats.port.out;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import turgus.domain.shared.Money;

/**
 * The shop's figures, each added up by the database over one time range ({@code from} inclusive,
 * {@code to} exclusive); days are calendar days in {@code zone}. Days without anything are absent.
 */
public interface SalesStatistics {
    /** Per day: the total and the number of orders placed that day that were not refunded since, and the number of all orders placed. */
    List<DaySales> salesByDay(Instant from, Instant to, ZoneId zone);

    /** Per day: what was refunded that day, whenever the order was placed. */
    List<DayAmount> refundsByDay(Instant from, Instant to, ZoneId zone);

    /** Per day: the customer accounts opened that day, those deleted since included. */
    List<DayCount> newCustomersByDay(Instant from, Instant to, ZoneId zone);

    /** The products of the orders placed in the range and not refunded, most revenue first. */
    List<ProductSales> topProductsByRevenue(Instant from, Instant to, int limit);

    /** The products of the orders placed in the range and not refunded, most units first. */
    List<ProductSales> topProductsByUnits(Instant from, Instant to, int limit);

    /** Carts with a line put in since then (by when its product first went into the cart). */
    long activeCartsSince(Instant since);

    /**
     * What changes whenever one of the figures above but the active carts may have changed, read
     * cheaply (from the ends of indexes), so that figures added up once can be kept while it stands.
     */
    Version version();

    /**
     * The figures' version: the newest order (one placed), the latest refund and how many orders were
     * refunded at that moment (one refunded, even at the same instant as the one before), the newest
     * account (one opened) and the products' latest change (a top product renamed). A {@code null}
     * moment: none yet.
     */
    record Version(
            long newestOrder,
            Instant latestRefund,
            long refundsAtLatest,
            long newestAccount,
            Instant latestProductChange) {}

    record DaySales(LocalDate date, Money revenue, long orders) {}

    record DayAmount(LocalDate date, Money amount) {}

    record DayCount(LocalDate date, long count) {}

    record ProductSales(long productId, String name, Money revenue, long units) {}
}

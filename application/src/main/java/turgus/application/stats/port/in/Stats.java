package turgus.application.stats.port.in;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import turgus.application.catalog.SearchCount;
import turgus.application.stats.port.out.SalesStatistics.ProductSales;
import turgus.domain.shared.Money;

/**
 * The dashboard's figures over the days from {@code from} to {@code to} (both included), every day
 * present, oldest first.
 */
public record Stats(
        LocalDate from,
        LocalDate to,
        ZoneId timeZone,
        Totals totals,
        List<Day> revenueByDay,
        List<ProductSales> topProductsByRevenue,
        List<ProductSales> topProductsByUnits,
        List<NewCustomers> newCustomersByDay,
        long activeCarts,
        List<SearchCount> trendingSearches) {

    /** The same figures with another count of active carts. */
    public Stats withActiveCarts(long count) {
        return new Stats(
                from,
                to,
                timeZone,
                totals,
                revenueByDay,
                topProductsByRevenue,
                topProductsByUnits,
                newCustomersByDay,
                count,
                trendingSearches);
    }

    /**
     * @param revenue the orders placed that day less those refunded since (net sales)
     * @param orders how many orders were placed that day, refunded ones included
     * @param refunds what was refunded that day
     */
    public record Day(LocalDate date, Money revenue, long orders, Money refunds) {}

    public record NewCustomers(LocalDate date, long count) {}

    public record Totals(Money revenue, long orders, Money refunds, long newCustomers) {}
}

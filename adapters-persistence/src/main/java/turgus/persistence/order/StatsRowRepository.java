package turgus.persistence.order;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import turgus.persistence.order.StatsRows.DayAmountRow;
import turgus.persistence.order.StatsRows.DayCountRow;
import turgus.persistence.order.StatsRows.DaySalesRow;
import turgus.persistence.order.StatsRows.ProductSalesRow;
import turgus.persistence.order.StatsRows.VersionRow;

/**
 * The dashboard's SQL: every figure is added up by the database, over an indexed time range (V19).
 *
 * <p>A day is {@code LEFT(CAST(t AT TIME ZONE :zone AS VARCHAR), 10)}, the ISO date of the moment in
 * the shop's time zone, written alike by both databases: H2 keeps the zone's offset in the text
 * ({@code 2026-11-22 00:30:00+02}), PostgreSQL gives the local time ({@code 2026-11-22 00:30:00}),
 * while a {@code CAST(… AS DATE)} would take H2's session zone instead. The day is computed in a
 * subquery and grouped by its alias outside, since PostgreSQL would not see two parameters as one
 * expression in SELECT and GROUP BY.
 *
 * <p>Plans, with 100,000 orders over a year (300,000 lines, 20,000 users), 30 days asked: see
 * V19__dashboard_indexes.sql.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface StatsRowRepository extends GenericRepository<OrderRow, Long> {
    @Query("SELECT on_date, SUM(CASE WHEN status = 'PAID' THEN total ELSE 0 END) AS revenue, COUNT(*) AS orders"
            + " FROM (SELECT LEFT(CAST(created_at AT TIME ZONE :zone AS VARCHAR), 10) AS on_date, status, total"
            + " FROM orders WHERE created_at >= :from AND created_at < :to) AS placed"
            + " GROUP BY on_date")
    List<DaySalesRow> salesByDay(Instant from, Instant to, String zone);

    @Query("SELECT on_date, SUM(total) AS amount"
            + " FROM (SELECT LEFT(CAST(refunded_at AT TIME ZONE :zone AS VARCHAR), 10) AS on_date, total"
            + " FROM orders WHERE refunded_at >= :from AND refunded_at < :to) AS refunded"
            + " GROUP BY on_date")
    List<DayAmountRow> refundsByDay(Instant from, Instant to, String zone);

    /** Accounts with the customer role; an anonymised (deleted) account keeps its row and its day. */
    @Query("SELECT on_date, COUNT(*) AS count"
            + " FROM (SELECT LEFT(CAST(u.created_at AT TIME ZONE :zone AS VARCHAR), 10) AS on_date FROM users u"
            + " WHERE u.created_at >= :from AND u.created_at < :to"
            + " AND EXISTS (SELECT 1 FROM user_roles r WHERE r.user_id = u.id AND r.role = 'CUSTOMER')) AS opened"
            + " GROUP BY on_date")
    List<DayCountRow> newCustomersByDay(Instant from, Instant to, String zone);

    /**
     * The period's paid order lines, summed per product. The bounds on {@code l.order_id} say nothing
     * new (a line of an order placed in the period has an id between the period's smallest and largest
     * order id), but they let both databases read the lines by the primary key's range instead of the
     * whole table: ids grow with time, so the range holds about the period's lines, however many
     * older orders there are. ({@code id + 0} keeps PostgreSQL from looking for MIN and MAX along the
     * primary key, through all the newer or older orders, instead of in the period's index range.)
     * The products' names are read for the top rows only.
     */
    String PRODUCT_SALES = "SELECT l.product_id, SUM(l.line_total) AS revenue, SUM(l.quantity) AS units"
            + " FROM orders o JOIN order_lines l ON l.order_id = o.id"
            + " WHERE o.created_at >= :from AND o.created_at < :to AND o.status = 'PAID'"
            + " AND l.order_id >= (SELECT MIN(id + 0) FROM orders WHERE created_at >= :from AND created_at < :to)"
            + " AND l.order_id <= (SELECT MAX(id + 0) FROM orders WHERE created_at >= :from AND created_at < :to)"
            + " GROUP BY l.product_id";

    String WITH_NAMES = "SELECT sold.product_id, p.name, sold.revenue, sold.units FROM (";

    @Query(WITH_NAMES + PRODUCT_SALES + " ORDER BY revenue DESC, units DESC, l.product_id LIMIT :limit) sold"
            + " LEFT JOIN products p ON p.id = sold.product_id"
            + " ORDER BY sold.revenue DESC, sold.units DESC, sold.product_id")
    List<ProductSalesRow> topByRevenue(Instant from, Instant to, int limit);

    @Query(WITH_NAMES + PRODUCT_SALES + " ORDER BY units DESC, revenue DESC, l.product_id LIMIT :limit) sold"
            + " LEFT JOIN products p ON p.id = sold.product_id"
            + " ORDER BY sold.units DESC, sold.revenue DESC, sold.product_id")
    List<ProductSalesRow> topByUnits(Instant from, Instant to, int limit);

    @Query("SELECT COUNT(DISTINCT user_id) FROM cart_lines WHERE added_at >= :since")
    long activeCartsSince(Instant since);

    /**
     * The figures' version, each part read from one end of an index, however many rows there are:
     * the newest order and account from the primary keys, the latest refund from ix_orders_refunded
     * (with the refunds at that very moment, the entries equal to it, so that a second refund at the
     * same instant still counts), the products' latest change from ix_products_updated_at.
     */
    @Query("SELECT (SELECT COALESCE(MAX(id), 0) FROM orders) AS newest_order,"
            + " (SELECT MAX(refunded_at) FROM orders) AS latest_refund,"
            + " (SELECT COUNT(*) FROM orders WHERE refunded_at = (SELECT MAX(refunded_at) FROM orders))"
            + " AS refunds_at_latest,"
            + " (SELECT COALESCE(MAX(id), 0) FROM users) AS newest_account,"
            + " (SELECT MAX(updated_at) FROM products) AS latest_product_change")
    VersionRow version();
}

package turgus.persistence.order

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.QueryPlans
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.time.OffsetDateTime
import java.time.ZoneOffset
import java.time.format.DateTimeFormatter

/**
 * The EXPLAIN check of the dashboard's order statements: a month asked, with 10,000 orders and then
 * with 100,000 (the 90,000 added all placed before the month), each statement reads indexes, never
 * the whole orders or order_lines table, and costs at most twice as much: its cost follows the
 * orders of the month, not those outside it. The version that tells whether a kept dashboard still
 * stands reads only the ends of indexes, so its cost does not grow at all. The cost is what the database reports having done: the
 * rows H2 scanned (EXPLAIN ANALYZE's scanCount), the pages PostgreSQL touched (its buffers).
 *
 * <p>Order ids grow with time, as they do in the shop: the older orders get the smaller ids.
 */
@MicronautTest(transactional = false)
class DashboardPlanSpec extends Specification implements OnTestDatabase {
    static final OffsetDateTime MONTH_START = OffsetDateTime.of(2026, 10, 31, 0, 0, 0, 0, ZoneOffset.UTC)
    static final OffsetDateTime MONTH_END = MONTH_START.plusDays(30)
    static final String VERSION = 'the figures\' version (kept dashboards)'

    @Inject DataSource dataSource

    def "with 90,000 more orders before the month, on #database, the dashboard's order statements read the month through indexes at the same cost"() {
        given: '3,000 orders in the month, 7,000 in the year before it'
        addOrders(200_001, 203_000, MONTH_START, 30 * 24 * 3600)
        addOrders(100_001, 107_000, MONTH_START.minusDays(330), 300 * 24 * 3600)
        Map<String, Map> small = measureAll()

        when: '90,000 older orders are added'
        addOrders(1, 90_000, MONTH_START.minusDays(700), 360 * 24 * 3600)
        Map<String, Map> large = measureAll()

        then: 'no statement reads the whole orders or order_lines table'
        large.findAll { name, measured -> measured.scansWhole }.collectEntries { name, measured -> [name, measured.plan] } == [:]

        and: 'none costs more than twice as much as with 10,000 orders'
        large.findAll { name, measured -> measured.cost > 2 * small[name].cost + 2 }
                .collectEntries { name, measured -> [name, "${small[name].cost} -> ${measured.cost}: ${measured.plan}"] } == [:]

        and: 'the version of the kept dashboards reads the ends of indexes: it costs the same however many orders there are'
        large[VERSION].cost <= small[VERSION].cost + 2

        and: 'the month still counts its 3,000 orders, 2,850 of them paid'
        count("SELECT COUNT(*) FROM orders WHERE created_at >= '2026-10-31 00:00:00+00' AND created_at < '2026-11-30 00:00:00+00'") == 3_000
        count("SELECT COUNT(*) FROM orders WHERE status = 'PAID' AND id BETWEEN 200001 AND 203000") == 2_850

        where:
        database = TestDatabase.describe()
    }

    private Map<String, Map> measureAll() {
        analyze()
        Map<String, Object> month = [from: MONTH_START, to: MONTH_END]
        [
                'revenue by day'          : measure('salesByDay', month + [zone: 'UTC']),
                'refunds by day'          : measure('refundsByDay', month + [zone: 'UTC']),
                'top products by revenue' : measure('topByRevenue', month + [limit: 10]),
                'top products by units'   : measure('topByUnits', month + [limit: 10]),
                (VERSION): measure('version', [:], ['orders', 'order_lines', 'users', 'products']),
        ]
    }

    /**
     * Orders with ids {@code first..last}, placed one after the other from {@code start} over
     * {@code seconds}; every 20th refunded a day later; each with three lines of 2 products among 200.
     */
    private void addOrders(int first, int last, OffsetDateTime start, long seconds) {
        int n = last - first + 1
        String numbers = TestDatabase.postgreSql ? "generate_series(${first}, ${last}) AS g(x)" : "SYSTEM_RANGE(${first}, ${last}) AS g(x)"
        String placed = "TIMESTAMP WITH TIME ZONE '${start.format(DateTimeFormatter.ofPattern('yyyy-MM-dd HH:mm:ss'))}+00'" +
                " + (g.x - ${first}) * ${seconds.intdiv(n)} * INTERVAL '1' SECOND"
        execute("INSERT INTO orders (id, user_id, customer_name, customer_email, status, subtotal, discount_total, total,"
                + " created_at, refunded_at)"
                + " SELECT g.x, NULL, 'Buyer', 'buyer@example.com',"
                + " CASE WHEN MOD(g.x, 20) = 0 THEN 'REFUNDED' ELSE 'PAID' END, 30.00, 0.00, 30.00, ${placed},"
                + " CASE WHEN MOD(g.x, 20) = 0 THEN ${placed} + INTERVAL '1' DAY ELSE NULL END"
                + " FROM ${numbers}")
        execute("INSERT INTO order_lines (order_id, line_no, product_id, name, regular_unit_price, unit_price, quantity,"
                + " line_total)"
                + " SELECT o.id, n.k, 1 + MOD(o.id * 7 + n.k * 13, 200), 'Product', 5.00, 5.00, 2, 10.00"
                + " FROM orders o CROSS JOIN (VALUES (0), (1), (2)) AS n(k) WHERE o.id BETWEEN ${first} AND ${last}")
    }

    private void analyze() {
        if (TestDatabase.postgreSql) {
            execute('VACUUM ANALYZE orders')
            execute('VACUUM ANALYZE order_lines')
        } else {
            execute('ANALYZE')
        }
    }

    /** EXPLAIN ANALYZE of a {@link StatsRowRepository} statement: whether it read a table whole, and its cost. */
    private Map measure(String method, Map<String, Object> parameters, List<String> tables = ['orders', 'order_lines']) {
        new QueryPlans(dataSource).measure(StatsRowRepository, method, parameters, tables)
    }

    private long count(String sql) {
        new QueryPlans(dataSource).count(sql)
    }

    private void execute(String sql) {
        new QueryPlans(dataSource).execute(sql)
    }
}

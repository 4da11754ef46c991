package turgus.persistence.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.catalog.port.out.ProductRepository
import turgus.domain.catalog.ProductId
import turgus.persistence.shared.PlannedOnce
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.QueryPlans
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.sql.Connection
import java.sql.PreparedStatement
import java.sql.ResultSet

import static turgus.persistence.testing.ProductBuilder.aProduct

/**
 * The hot statements that {@link PlannedOnce} shapes, run over and over on one connection as a pooled
 * connection runs them: each answers the same rows every time, and PostgreSQL plans it once (it
 * reports the plans of a connection's prepared statements in {@code pg_prepared_statements}). The
 * same statements with a page's bounds or the ids as parameters, as they were written before, are
 * the control: PostgreSQL plans those afresh on every execution.
 */
@MicronautTest(transactional = false)
class PlannedOnceSpec extends Specification implements OnTestDatabase {
    /** pgjdbc prepares a statement on the server from its fifth execution; PostgreSQL then makes five custom plans. */
    static final int RUNS = 16
    static final String PAGE_WITH_PARAMETERS =
            ProductRowRepository.LISTED + ' FROM products WHERE active = ? ORDER BY active, name, id LIMIT ? OFFSET ?'
    static final String PRODUCTS_IN_AN_ARRAY = ProductRowRepository.COLUMNS + ' FROM products WHERE id = ANY(?)'

    @Inject DataSource dataSource
    @Inject ProductRepository products
    @Inject StockTakes stockTakes

    def "on #database, #statement answers the same rows 16 times and is planned #planned on PostgreSQL"() {
        given: 'five kettles, named in the order of their ids, among 2,000 teapots'
        List<Long> ids = addProducts(5)

        when:
        Map<String, Object> seen = runOnOneConnection(sql, bind(ids))

        then: 'every run answers the same products'
        seen.answers.unique() == [ids[answered]]

        and: 'PostgreSQL keeps one generic plan, or plans every run afresh'
        !TestDatabase.postgreSql || seen.planned == planned

        where:
        statement                                | sql                                    | bind                                      | answered || planned
        'a page of the catalog'                  | ProductReads.Order.NAME.ofStatus(2, 1) | { List<Long> kettles -> [true] }            | 1..2     || 'once'
        'a page with its bounds as parameters'   | PAGE_WITH_PARAMETERS                   | { List<Long> kettles -> [true, 2, 1] }      | 1..2     || 'every time'
        'a cart\'s products'                     | ProductReads.PRODUCTS_BY_IDS.forCount(2) | { List<Long> kettles -> kettles[0..1] }       | 0..1     || 'once'
        'a cart\'s products, the ids in an array' | PRODUCTS_IN_AN_ARRAY                  | { List<Long> kettles -> [kettles[0..1] as Long[]] } | 0..1   || 'every time'
        database = TestDatabase.describe()
    }

    /**
     * The stock update runs through the database's own {@link StockTakes}: on PostgreSQL one
     * statement for every product, which is also run 16 times on one connection to read its plans; on
     * H2 one update per product, which has no array to hide its rows.
     */
    def "on #database, a checkout's stock update of #count products takes each, and PostgreSQL plans it once"() {
        given:
        List<Long> ids = addProducts(count)
        // Nothing is taken: the statements run in full, and the stock stays as it was.
        SortedMap<ProductId, Integer> none = new TreeMap<>(Comparator.comparingLong { ProductId id -> id.value() })
        ids.each { none[ProductId.of(it)] = 0 }

        when:
        Optional<ProductId> firstShort = stockTakes.takeAll(none)
        Map<String, Object> seen = TestDatabase.postgreSql
                ? runOnOneConnection(PostgresStockTakes.TAKE_ALL.forCount(count), ids.collectMany { [it, 0] })
                : null

        then: 'no product is short, and the stock is as it was'
        firstShort.empty
        ids.every { products.findById(ProductId.of(it)).get().stock() == 10 }

        and: 'PostgreSQL answers every product on every run, with one plan'
        !TestDatabase.postgreSql || (seen.answers.unique() == [ids] && seen.planned == 'once')

        where:
        count << [1, 2, 5]
        database = TestDatabase.describe()
    }

    /**
     * {@code count} kettles, then 2,000 products named after them: the planner's guesses for a
     * parameter only cost more than its plans for the values once the table is not tiny.
     */
    private List<Long> addProducts(int count) {
        List<Long> kettles = (1..count).collect { products.add(aProduct().named("Kettle ${it}").withStock(10).build()).requireId().value() }
        String numbers = TestDatabase.postgreSql ? 'generate_series(1, 2000) AS g(x)' : 'SYSTEM_RANGE(1, 2000) AS g(x)'
        QueryPlans plans = new QueryPlans(dataSource)
        plans.execute("INSERT INTO products (name, description, price, stock, active, created_at, updated_at)"
                + " SELECT 'Teapot ' || g.x, 'A teapot.', 5, 10, TRUE, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP FROM ${numbers}")
        plans.execute(TestDatabase.postgreSql ? 'VACUUM ANALYZE products' : 'ANALYZE')
        kettles
    }

    private Map<String, Object> runOnOneConnection(String sql, List<Object> values) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            List<List<Long>> answers = (1..RUNS).collect { run(connection, sql, values) }
            return [answers: answers, planned: TestDatabase.postgreSql ? planned(connection, sql) : null]
        } finally {
            connection.close()
        }
    }

    /** The ids the statement answers (its first column), in ascending order. */
    private static List<Long> run(Connection connection, String sql, List<Object> values) {
        PreparedStatement statement = connection.prepareStatement(sql)
        try {
            values.eachWithIndex { Object value, int i ->
                if (value instanceof Long[]) {
                    statement.setArray(i + 1, connection.createArrayOf('BIGINT', value as Object[]))
                } else {
                    statement.setObject(i + 1, value)
                }
            }
            List<Long> ids = []
            ResultSet rows = statement.executeQuery()
            while (rows.next()) {
                ids << rows.getLong(1)
            }
            return ids.sort()
        } finally {
            statement.close()
        }
    }

    /** How PostgreSQL planned the connection's prepared statement of {@code sql}: once, or every time. */
    private static String planned(Connection connection, String sql) {
        // The server's text numbers the placeholders.
        int number = 0
        String serverText = sql.replaceAll(/\?/) { '$' + (++number) }
        PreparedStatement statement = connection.prepareStatement(
                'SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = ?')
        try {
            statement.setString(1, serverText)
            ResultSet rows = statement.executeQuery()
            assert rows.next(): "No prepared statement ${serverText}"
            long generic = rows.getLong(1)
            long custom = rows.getLong(2)
            return generic > 0 && custom <= 5 ? 'once' : generic == 0 ? 'every time' : "mixed: ${generic} generic, ${custom} custom"
        } finally {
            statement.close()
        }
    }
}

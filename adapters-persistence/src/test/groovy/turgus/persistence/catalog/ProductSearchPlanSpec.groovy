package turgus.persistence.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.catalog.CatalogSort
import turgus.application.catalog.ProductSearch
import turgus.application.catalog.ProductStatusFilter
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.PageRequest
import turgus.domain.catalog.search.SearchQuery
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.QueryPlans
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.sql.Timestamp

import static turgus.persistence.testing.ProductBuilder.aProduct

/**
 * The EXPLAIN check of the catalog's statements: with 100,000 products, every listing and search
 * statement reads indexes, never the whole products table, and costs at most twice what it costs
 * with 1,000. The cost is what the database reports having done, not a time: the rows H2 scanned
 * (EXPLAIN ANALYZE's scanCount) and the pages PostgreSQL touched (EXPLAIN ANALYZE's buffers).
 */
@MicronautTest(transactional = false)
class ProductSearchPlanSpec extends Specification implements OnTestDatabase {
    static final List<String> COLOURS = ['Red', 'Blue', 'Green', 'Black', 'White', 'Small', 'Large', 'Round', 'Square', 'Silver']
    static final List<String> THINGS = ['Widget', 'Gadget', 'Bracket', 'Hinge', 'Spring', 'Washer', 'Bolt', 'Nut', 'Screw',
                                        'Rivet', 'Clamp', 'Pulley', 'Gear', 'Axle', 'Lever', 'Valve', 'Pipe', 'Tube', 'Hose', 'Belt']

    @Inject DataSource dataSource
    @Inject ProductRepository products

    def "with 100,000 products on #database, every catalog statement reads indexes and costs at most twice its cost with 1,000"() {
        given: '30 products that the searches find, among 1,000 others'
        (1..30).each { products.add(aProduct().named("Coffee grinder ${it}").describedAs('Burr grinder for fresh coffee.').build()) }
        (1..10).each { products.add(aProduct().named("Gaming laptop ${it}").describedAs('Fast and light.').build()) }
        addFillers(1, 1_000)
        Map<String, Map> small = measureAll()

        when: 'the catalog grows to 100,000 products'
        addFillers(1_001, 100_000)
        Map<String, Map> large = measureAll()

        then: 'no statement reads the whole products table'
        large.findAll { name, measured -> measured.scansWhole }.keySet() == [] as Set

        and: 'none costs more than twice as much as with 1,000 products'
        large.findAll { name, measured -> measured.cost > 2 * small[name].cost + 2 }
                .collectEntries { name, measured -> [name, "${small[name].cost} -> ${measured.cost}: ${measured.plan}"] } == [:]

        and: 'the searches still find what they should, typos included'
        search('coffee').totalItems() == 30
        search('grinders fresh').totalItems() == 30
        search('cofee').totalItems() == 30
        search('lapt').totalItems() == 10
        search('red widget').totalItems() == 100_000.intdiv(200)
        products.search(new ProductSearch('', ProductStatusFilter.ACTIVE, CatalogSort.NAME, PageRequest.of(3, 20))).totalItems() == 100_040

        where:
        database = TestDatabase.describe()
    }

    private Map<String, Map> measureAll() {
        analyze()
        Map<String, Map> measured = [:]
        measured['page 3 by name'] = measureStatement(ProductReads.Order.NAME.ofStatus(20, 60), [true])
        measured['page 3 by price'] = measureStatement(ProductReads.Order.PRICE.ofStatus(20, 60), [true])
        measured['page 3 by -price'] = measureStatement(ProductReads.Order.PRICE_DESCENDING.ofStatus(20, 60), [true])
        measured['page 3 newest'] = measureStatement(ProductReads.Order.NEWEST.ofStatus(20, 60), [true])
        measured['admins\' page 3, newest'] = measureStatement(ProductReads.Order.NEWEST.ofAll(20, 60), [])
        measured['admins\' page 3 by name'] = measureStatement(ProductReads.Order.NAME.ofAll(20, 60), [])
        measured['a kept search\'s page, by ids'] = measureStatement(ProductReads.BY_IDS, [(101L..120L) as Long[]])
        measured['a product, by id'] = measureStatement(ProductReads.BY_ID, [500L])
        measured['a cart\'s products, by ids'] = measureStatement(ProductReads.PRODUCTS_BY_IDS.forCount(3), [7L, 500L, 1_000L])
        measured['the catalog\'s version (kept totals)'] = measure(ProductRowRepository, 'version', [:])
        measured["search 'coffee'"] = search(['coffee'], [:])
        measured["search 'grinders fresh'"] = search(['grinder', 'fresh'], [:])
        measured["search 'cofee' as typed"] = search(['cofee'], [:])
        measured["search 'cofee' with its typo"] = search(['cofee'], [cofee: 'coffee'])
        measured["vocabulary near 'cofee'"] = TestDatabase.postgreSql
                ? measure(PostgresProductSearchRepository, 'wordsLike', [typed: 'cofee'])
                : measure(H2ProductSearchRepository, 'wordsBetween', [from: 'c', to: 'd', shortest: 4, longest: 6])
        measured
    }

    /** The search statement of the database at hand, for words given as their prefixes. */
    private Map search(List<String> prefixes, Map<String, String> typos) {
        Map<String, Object> common = [includeActive: true, includeWithdrawn: false, onSaleOnly: false,
                                      now: Timestamp.from(java.time.Instant.parse('2026-11-22T10:00:00Z')),
                                      sort: 'RELEVANCE', limit: 20, offset: 0]
        if (TestDatabase.postgreSql) {
            String words = prefixes.collect { p -> typos[p] ? "('${p}':* | '${typos[p]}')" : "'${p}':*" }.join(' & ')
            return measure(PostgresProductSearchRepository, 'find', common + [words: words])
        }
        Map<String, Object> slots = [words: prefixes.size()]
        (1..SearchQuery.MAX_WORDS).each { int slot ->
            String p = slot <= prefixes.size() ? prefixes[slot - 1] : null
            slots["from${slot}"] = p ?: ''
            slots["to${slot}"] = p ? H2ProductSearch.after(p) : ''
            slots["spelling${slot}"] = p ? (typos[p] ?: '') : ''
        }
        measure(H2ProductSearchRepository, 'find', common + slots)
    }

    private def search(String words) {
        products.search(new ProductSearch(words, ProductStatusFilter.ACTIVE, CatalogSort.RELEVANCE, PageRequest.of(0, 20)))
    }

    /** Fillers named from 10 colours and 20 things, so that the vocabulary stays the same as they grow. */
    private void addFillers(int first, int last) {
        String colours = COLOURS.withIndex().collect { w, i -> "(${i}, '${w}')" }.join(', ')
        String things = THINGS.withIndex().collect { w, i -> "(${i}, '${w}')" }.join(', ')
        String numbers = TestDatabase.postgreSql ? "generate_series(${first}, ${last}) AS g(x)" : "SYSTEM_RANGE(${first}, ${last}) AS g(x)"
        String insert = "INSERT INTO products (name, description, price, stock, active, created_at, updated_at)" +
                " SELECT c.word || ' ' || t.word, 'A plain ' || LOWER(t.word) || ' for the workshop.'," +
                " 1 + MOD(g.x, 500), 10, TRUE, TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'" +
                " FROM ${numbers}" +
                " JOIN (VALUES ${colours}) AS c(n, word) ON c.n = MOD(g.x, 10)" +
                " JOIN (VALUES ${things}) AS t(n, word) ON t.n = MOD(g.x / 10, 20)"
        if (TestDatabase.postgreSql) {
            // The row trigger that adds each product's words to the vocabulary took about a third of
            // the 99,000 rows' insert: the fillers' 35 words go in once, set-based, as V20 adds the
            // words of the products that were there before it, in the same transaction. The products
            // added through the repository above still go through the trigger.
            execute("DO \$\$ BEGIN" +
                    " ALTER TABLE products DISABLE TRIGGER trg_products_search_words;" +
                    " ${insert};" +
                    " ALTER TABLE products ENABLE TRIGGER trg_products_search_words;" +
                    " INSERT INTO product_search_words (word) SELECT DISTINCT lexeme FROM products, unnest(search_words)" +
                    " WHERE id >= (SELECT MAX(id) FROM products) - ${last - first} AND length(lexeme) <= 60 ON CONFLICT DO NOTHING;" +
                    " END \$\$")
        } else {
            execute(insert)
        }
    }

    private void analyze() {
        execute(TestDatabase.postgreSql ? 'VACUUM ANALYZE products' : 'ANALYZE')
        if (TestDatabase.postgreSql) {
            execute('VACUUM ANALYZE product_search_words')
        }
    }

    /** EXPLAIN ANALYZE of a repository method's statement: whether it read the products table whole, and its cost. */
    private Map measure(Class<?> repository, String method, Map<String, Object> parameters) {
        new QueryPlans(dataSource).measure(repository, method, parameters, ['products'])
    }

    private Map measureStatement(String sql, List<Object> values) {
        new QueryPlans(dataSource).measureStatement(sql, values, ['products'])
    }

    private void execute(String sql) {
        new QueryPlans(dataSource).execute(sql)
    }
}

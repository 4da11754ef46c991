package turgus.persistence.catalog

import com.github.benmanes.caffeine.cache.Ticker
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.catalog.CatalogSort
import turgus.application.catalog.ProductSearch
import turgus.application.catalog.ProductStatusFilter
import turgus.application.shared.Page
import turgus.application.shared.PageRequest
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductName
import turgus.domain.catalog.search.SearchQuery
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.QueryPlans
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CopyOnWriteArrayList
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executor
import java.util.concurrent.Executors
import java.util.concurrent.atomic.AtomicInteger
import java.util.concurrent.atomic.AtomicLong
import java.util.function.Supplier

import static turgus.persistence.testing.ProductBuilder.aProduct

/**
 * A search's first results are kept while the catalog stands and no longer than the max age; the
 * products on a kept page are read as they are now; a page past the kept results is searched again.
 */
@MicronautTest(transactional = false)
class KeptSearchesSpec extends Specification implements OnTestDatabase {
    static final Instant LATER = Instant.parse('2030-01-01T00:00:00Z')
    static final Duration MAX_AGE = Duration.ofSeconds(10)

    @Inject ProductRowRepository rows
    @Inject ProductSearchIndex index
    @Inject ProductCounts counts
    @Inject ProductReads listed
    @Inject DataSource dataSource

    /** The search index, counting its searches and, when asked, taking its time over each. */
    CountingIndex searchIndex
    AtomicLong nanos = new AtomicLong()
    JdbcProductRepository products

    def setup() {
        searchIndex = new CountingIndex(index)
        products = repository(MAX_AGE, 4)
    }

    /** The searches to run in the background, run when the spec says so. */
    List<Runnable> background = new CopyOnWriteArrayList<>()

    /** Kept searches on a clock the spec moves, found again in the background when the spec runs it. */
    JdbcProductRepository repository(Duration maxAge, int window) {
        def words = new WordSearch(searchIndex)
        def kept = new KeptSearches(words, { rows.version() } as Supplier, maxAge, 100, window, { nanos.get() } as Ticker, { Runnable task -> background << task } as Executor)
        new JdbcProductRepository(rows, words, counts, kept, listed)
    }

    Page<Product> search(String words, int page = 0, int size = 2, ProductStatusFilter status = ProductStatusFilter.ACTIVE) {
        products.search(new ProductSearch(words, status, CatalogSort.NAME, new PageRequest(page, size)))
    }

    static List<String> names(Page<Product> page) {
        page.items()*.name()*.value()
    }

    void grinders(int count) {
        ('A'..'Z').take(count).each { products.add(aProduct().named("Grinder ${it}").describedAs('Steel burrs.').build()) }
    }

    def "on #database, a repeated search and its next page are answered from the kept results"() {
        given:
        grinders(3)

        when:
        def first = search('grinder')
        def again = search('grinder')
        def second = search('grinder', 1)

        then: 'the words were searched once'
        searchIndex.finds.get() == 1
        names(first) == ['Grinder A', 'Grinder B']
        names(again) == names(first)
        names(second) == ['Grinder C']
        [first, again, second]*.totalItems() == [3, 3, 3]

        where:
        database = TestDatabase.describe()
    }

    def "on #database, the kept results follow an added, a renamed and a withdrawn product at once"() {
        given:
        grinders(2)
        search('grinder')

        when: 'one is added'
        Product added = products.add(aProduct().named('Grinder 0').describedAs('').build())

        then:
        names(search('grinder')) == ['Grinder 0', 'Grinder A']
        search('grinder').totalItems() == 3

        when: 'it is renamed'
        products.saveDetails(added.toBuilder().name(new ProductName('Kettle')).updatedAt(LATER).build())

        then:
        names(search('grinder')) == ['Grinder A', 'Grinder B']
        names(search('kettle')) == ['Kettle']

        when: 'one is withdrawn'
        Product a = search('grinder').items().first()
        products.saveDetails(a.withdraw(LATER.plusSeconds(1)))

        then:
        names(search('grinder')) == ['Grinder B']
        search('grinder').totalItems() == 1
        names(search('grinder', 0, 2, ProductStatusFilter.ALL)) == ['Grinder A', 'Grinder B']

        where:
        database = TestDatabase.describe()
    }

    def "on #database, a kept page shows its products as they are now, without one that left the listing"() {
        given:
        grinders(3)
        search('grinder')
        def sql = new QueryPlans(dataSource)

        when: 'behind the version (no change time moves): a price and a stock change, and a withdrawal'
        sql.execute("UPDATE products SET stock = 7, price = 99.00 WHERE name = 'Grinder B'")
        sql.execute("UPDATE products SET active = FALSE WHERE name = 'Grinder A'")
        def page = search('grinder')

        then: 'no search ran again, yet the page holds the products as they are'
        searchIndex.finds.get() == 1
        names(page) == ['Grinder B']
        page.items().first().stock() == 7
        page.items().first().price().amount() == 99.00G

        where:
        database = TestDatabase.describe()
    }

    def "on #database, a purchase leaves the kept results and the listing's total as they are, and its stock shows"() {
        given:
        grinders(2)
        search('grinder')
        def before = rows.version()

        when: 'stock is taken as a checkout does, and given back as a refund does'
        rows.takeStock(search('grinder').items().first().requireId().value(), 3)
        rows.giveBackStock(search('grinder').items().last().requireId().value(), 1)
        def page = search('grinder')

        then:
        rows.version() == before
        searchIndex.finds.get() == 1
        page.items()*.stock() == [7, 11]

        where:
        database = TestDatabase.describe()
    }

    def "on #database, kept results serve for #maxAge at most"() {
        given:
        grinders(1)
        search('grinder')
        new QueryPlans(dataSource).execute("UPDATE products SET name = 'Kettle', description = ''")

        expect: 'behind the version, the kept result stands while it is young'
        names(search('grinder')) == ['Kettle']

        when:
        nanos.addAndGet(maxAge.toNanos())

        then:
        names(search('grinder')) == []
        searchIndex.finds.get() == 2

        where:
        database = TestDatabase.describe()
        maxAge = MAX_AGE
    }

    def "on #database, a search still asked for at half its max age is found again behind its kept results"() {
        given:
        grinders(1)
        search('grinder')
        new QueryPlans(dataSource).execute("UPDATE products SET name = 'Kettle', description = ''")

        when: 'half the max age on, it is asked for again'
        nanos.addAndGet(MAX_AGE.dividedBy(2).plusMillis(1).toNanos())
        def served = search('grinder')

        then: 'the kept results serve this request while it is searched again in the background'
        names(served) == ['Kettle']
        !background.isEmpty()

        when:
        background.each { it.run() }

        then: 'for the next'
        searchIndex.finds.get() == 2
        names(search('grinder')) == []

        where:
        database = TestDatabase.describe()
    }

    def "on #database, a page past the kept results is searched again, with the kept total and typo reading"() {
        given: 'six products that the typo finds; four results are kept'
        grinders(6)

        when:
        def kept = search('grnder', 1)
        def beyond = search('grnder', 2)

        then: 'as typed nothing was found, then the reading with the typo; the third page was searched alone'
        names(kept) == ['Grinder C', 'Grinder D']
        names(beyond) == ['Grinder E', 'Grinder F']
        beyond.totalItems() == 6
        searchIndex.typosRead.get() == 2
        searchIndex.finds.get() == 3

        where:
        database = TestDatabase.describe()
    }

    def "on #database, a search of the products on sale at a moment is never kept"() {
        given:
        products.add(aProduct().named('Grinder A').onSale(10).build())
        def onSale = new ProductSearch('grinder', ProductStatusFilter.ACTIVE, CatalogSort.NAME, new PageRequest(0, 2), LATER)

        when:
        2.times { products.search(onSale) }

        then:
        searchIndex.finds.get() == 2

        where:
        database = TestDatabase.describe()
    }

    def "on #database, with a max age of 0 every search runs"() {
        given:
        products = repository(Duration.ZERO, 4)
        grinders(1)

        when:
        2.times { search('grinder') }

        then:
        searchIndex.finds.get() == 2

        where:
        database = TestDatabase.describe()
    }

    def "on #database, #threads shoppers who search the same words at once run one search"() {
        given:
        grinders(3)
        searchIndex.delayMillis = 300
        def ready = new CountDownLatch(threads)
        def pool = Executors.newFixedThreadPool(threads)

        when:
        def pages = pool.invokeAll((1..threads).collect {
            { ->
                ready.countDown()
                ready.await()
                search('grinder')
            } as Callable<Page<Product>>
        })*.get()

        then:
        searchIndex.finds.get() == 1
        pages.every { names(it) == ['Grinder A', 'Grinder B'] && it.totalItems() == 3 }

        cleanup:
        pool.shutdownNow()

        where:
        database = TestDatabase.describe()
        threads = 8
    }

    def "on #database, results found at an older version are found again once for all who hold them"() {
        given: 'a kept search, then a product added'
        grinders(2)
        def kept = new KeptSearches(new WordSearch(searchIndex), { rows.version() } as Supplier, MAX_AGE, 10, 4,
                { nanos.get() } as Ticker, { Runnable task -> task.run() } as Executor)
        def key = new KeptSearches.Key(SearchQuery.parse('grinder'), true, false, CatalogSort.NAME)
        def outdated = kept.get(key)
        products.add(aProduct().named('Grinder Z').describedAs('').build())

        when: 'two requests that read the newer version with the outdated results ask again'
        def first = kept.again(key, outdated)
        def second = kept.again(key, outdated)

        then: 'the words were searched once more, at the current version'
        searchIndex.finds.get() == 2
        first.is(second)
        first.total() == 3
        first.version() == rows.version()
        outdated.version() != rows.version()

        where:
        database = TestDatabase.describe()
    }

    def "a kept search keeps at least one result"() {
        when:
        new KeptSearches(new WordSearch(index), { rows.version() } as Supplier, MAX_AGE, 10, 0, Ticker.systemTicker(), { Runnable task -> task.run() } as Executor)

        then:
        thrown(IllegalArgumentException)
    }

    static final class CountingIndex implements ProductSearchIndex {
        final ProductSearchIndex index
        final AtomicInteger finds = new AtomicInteger()
        final AtomicInteger typosRead = new AtomicInteger()
        volatile long delayMillis

        CountingIndex(ProductSearchIndex index) {
            this.index = index
        }

        @Override
        List<FoundProductRow> find(SearchQuery query, Map<SearchQuery.Word, String> typos, ProductSearchIndex.Filters filters,
                                   CatalogSort sort, int limit, long offset) {
            finds.incrementAndGet()
            if (!typos.isEmpty()) {
                typosRead.incrementAndGet()
            }
            if (delayMillis > 0) {
                Thread.sleep(delayMillis)
            }
            index.find(query, typos, filters, sort, limit, offset)
        }

        @Override
        List<String> candidatesFor(SearchQuery.Word typed) {
            index.candidatesFor(typed)
        }
    }
}

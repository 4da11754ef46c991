package turgus.persistence.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.catalog.CatalogSort
import turgus.application.catalog.ProductSearch
import turgus.application.catalog.ProductStatusFilter
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.PageRequest
import turgus.domain.catalog.Product
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.QueryPlans
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant
import java.util.concurrent.CompletableFuture
import java.util.concurrent.CountDownLatch
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

import static turgus.persistence.testing.ProductBuilder.aProduct

/**
 * The listings' totals are kept between pages while the catalog's version (newest id, latest
 * change) stands, and counted again as soon as it moves or the kept count is too old.
 */
@MicronautTest(transactional = false)
class ProductCountsSpec extends Specification implements OnTestDatabase {
    static final Instant LATER = Instant.parse('2030-01-01T00:00:00Z')

    @Inject ProductRepository products
    @Inject ProductRowRepository rows
    @Inject DataSource dataSource

    long total(ProductStatusFilter status) {
        products.search(new ProductSearch('', status, CatalogSort.NAME, PageRequest.of(0, 5))).totalItems()
    }

    def "on #database, the totals follow an added product and a withdrawal at once"() {
        given:
        Product first = products.add(aProduct().build())
        products.add(aProduct().build())

        expect:
        total(ProductStatusFilter.ACTIVE) == 2
        total(ProductStatusFilter.WITHDRAWN) == 0
        total(ProductStatusFilter.ALL) == 2

        when: 'a third is added'
        products.add(aProduct().build())

        then:
        total(ProductStatusFilter.ACTIVE) == 3
        total(ProductStatusFilter.ALL) == 3

        when: 'one is withdrawn'
        products.saveDetails(first.withdraw(LATER))

        then:
        total(ProductStatusFilter.ACTIVE) == 2
        total(ProductStatusFilter.WITHDRAWN) == 1
        total(ProductStatusFilter.ALL) == 3

        where:
        database = TestDatabase.describe()
    }

    def "on #database, a kept count is used while the version stands, and counted again once it is #maxAge old"() {
        given: 'counts kept for #maxAge on a clock the spec moves'
        long now = 0
        ProductCounts counts = new ProductCounts(rows, maxAge, { now })
        products.add(aProduct().build())
        products.add(aProduct().build())

        expect:
        counts.count(ProductCounts.Scope.ACTIVE) == 2

        when: 'a product is withdrawn behind the version: its change time is not the latest'
        new QueryPlans(dataSource).execute('UPDATE products SET active = FALSE WHERE id = (SELECT MIN(id) FROM products)')

        then: 'the kept count stands'
        counts.count(ProductCounts.Scope.ACTIVE) == 2

        when: 'it grows old'
        now += maxAge.toNanos()

        then: 'it is counted again'
        counts.count(ProductCounts.Scope.ACTIVE) == 1

        where:
        database = TestDatabase.describe()
        maxAge = Duration.ofSeconds(5)
    }

    def "while one request counts an old total again, the others are answered the kept total without counting"() {
        given: 'a count that takes as long as the spec wants, of one version kept at 5'
        long now = 0
        AtomicInteger counted = new AtomicInteger()
        CountDownLatch recounting = new CountDownLatch(1)
        CountDownLatch release = new CountDownLatch(1)
        ProductRowRepository slow = Stub {
            countByActive(true) >> {
                if (counted.incrementAndGet() == 1) {
                    return 5L
                }
                recounting.countDown()
                release.await(10, TimeUnit.SECONDS)
                6L
            }
        }
        ProductCounts counts = new ProductCounts(slow, Duration.ofSeconds(5), { now })
        ProductsVersionRow version = new ProductsVersionRow(10, 3)
        assert counts.count(ProductCounts.Scope.ACTIVE, version) == 5

        when: 'it has grown old: one request counts again, another comes meanwhile'
        now += Duration.ofSeconds(5).toNanos()
        CompletableFuture<Long> recount = CompletableFuture.supplyAsync { counts.count(ProductCounts.Scope.ACTIVE, version) }
        assert recounting.await(10, TimeUnit.SECONDS)
        long meanwhile = counts.count(ProductCounts.Scope.ACTIVE, version)
        release.countDown()

        then:
        meanwhile == 5
        recount.get(10, TimeUnit.SECONDS) == 6
        counts.count(ProductCounts.Scope.ACTIVE, version) == 6
        counted.get() == 2
    }

    def "with a max age of 0, every total is counted"() {
        given:
        ProductCounts counts = new ProductCounts(rows, Duration.ZERO, { 0L })
        products.add(aProduct().build())
        counts.count(ProductCounts.Scope.ALL)

        when:
        new QueryPlans(dataSource).execute('UPDATE products SET active = FALSE')

        then:
        counts.count(ProductCounts.Scope.ACTIVE) == 0
        counts.count(ProductCounts.Scope.WITHDRAWN) == 1
    }

    def "an empty catalog has version 0 and counts 0"() {
        expect:
        rows.version() == new ProductsVersionRow(0, 0)
        new ProductCounts(rows, Duration.ofSeconds(5), { 0L }).count(ProductCounts.Scope.ALL) == 0
    }
}

package turgus.application.stats

import spock.lang.Specification
import spock.lang.Timeout
import turgus.application.catalog.SearchCount
import turgus.application.catalog.port.out.SearchLog
import turgus.application.stats.port.out.SalesStatistics
import turgus.application.stats.port.out.SalesStatistics.Version
import turgus.application.testing.MutableClock
import turgus.domain.shared.Money

import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.util.concurrent.CountDownLatch
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/**
 * A dashboard once added up is kept per period while the figures' version stands and it is younger
 * than the max age; the active carts are counted on every request; identical requests that arrive
 * while it is being added up wait for that one computation.
 */
class StatsKeepingSpec extends Specification {
    static final Version VERSION = new Version(100, Instant.parse('2026-11-20T10:00:00Z'), 1, 40, Instant.parse('2026-11-21T09:00:00Z'))
    static final Duration MAX_AGE = Duration.ofSeconds(10)

    /** Counts how often the dashboard is added up (one salesByDay per computation). */
    static class CountingStatistics implements SalesStatistics {
        volatile Version version = VERSION
        volatile long activeCarts = 3
        final AtomicInteger computations = new AtomicInteger()
        final AtomicInteger versionReads = new AtomicInteger()
        Closure<Void> whileAddingUp = {}

        List<DaySales> salesByDay(Instant from, Instant to, ZoneId zone) {
            computations.incrementAndGet()
            whileAddingUp()
            [new DaySales(java.time.LocalDate.ofInstant(from, zone), Money.of('10.00'), computations.get())]
        }

        List<DayAmount> refundsByDay(Instant from, Instant to, ZoneId zone) { [] }

        List<DayCount> newCustomersByDay(Instant from, Instant to, ZoneId zone) { [] }

        List<ProductSales> topProductsByRevenue(Instant from, Instant to, int limit) { [] }

        List<ProductSales> topProductsByUnits(Instant from, Instant to, int limit) { [] }

        long activeCartsSince(Instant since) { activeCarts }

        Version version() {
            versionReads.incrementAndGet()
            version
        }
    }

    CountingStatistics statistics = new CountingStatistics()
    SearchLog searches = Stub() {
        mostSearchedSince(_, _) >> [new SearchCount('tea', 2)]
    }
    MutableClock clock = new MutableClock(Instant.parse('2026-11-21T12:00:00Z'))
    long nanos = 0

    StatsService keepingFor(Duration maxAge) {
        new StatsService(statistics, searches, new ShopCalendar(ZoneId.of('UTC')), new StatsKeeping(maxAge), clock, { nanos })
    }

    def "#what: the second request #outcome"() {
        given:
        StatsService service = keepingFor(maxAge)
        service.stats(30)

        when:
        statistics.version = changed(VERSION)
        nanos += elapsed.toNanos()
        clock.advance(elapsed)
        service.stats(days)

        then:
        statistics.computations.get() == computations

        where:
        what                                   | maxAge                  | days | elapsed                  | changed                                                  || computations
        'nothing changed'                      | MAX_AGE                 | 30   | Duration.ofSeconds(1)    | { it }                                                   || 1
        'an order placed'                      | MAX_AGE                 | 30   | Duration.ofSeconds(1)    | { v -> copy(v, newestOrder: 101) }                       || 2
        'an order refunded'                    | MAX_AGE                 | 30   | Duration.ofSeconds(1)    | { v -> copy(v, latestRefund: Instant.parse('2026-11-21T11:59:00Z')) } || 2
        'a second refund at the same moment'   | MAX_AGE                 | 30   | Duration.ofSeconds(1)    | { v -> copy(v, refundsAtLatest: 2) }                     || 2
        'the first refund ever'                | MAX_AGE                 | 30   | Duration.ofSeconds(1)    | { v -> copy(v, latestRefund: null, refundsAtLatest: 0) } || 2
        'an account opened'                    | MAX_AGE                 | 30   | Duration.ofSeconds(1)    | { v -> copy(v, newestAccount: 41) }                      || 2
        'a product changed'                    | MAX_AGE                 | 30   | Duration.ofSeconds(1)    | { v -> copy(v, latestProductChange: Instant.parse('2026-11-21T11:00:00Z')) } || 2
        'nothing changed, just under max age'  | MAX_AGE                 | 30   | MAX_AGE.minusNanos(1)    | { it }                                                   || 1
        'nothing changed, as old as max age'   | MAX_AGE                 | 30   | MAX_AGE                  | { it }                                                   || 2
        'nothing changed, max age 0'           | Duration.ZERO           | 30   | Duration.ZERO            | { it }                                                   || 2
        'nothing changed, other days asked'    | MAX_AGE                 | 7    | Duration.ofSeconds(1)    | { it }                                                   || 2
        'nothing changed, but a new day began' | Duration.ofDays(2)      | 30   | Duration.ofHours(12)     | { it }                                                   || 2
        'nothing changed, same day hours on'   | Duration.ofDays(2)      | 30   | Duration.ofHours(11)     | { it }                                                   || 1
        outcome = computations == 1 ? 'is answered from the kept dashboard' : 'adds up again'
    }

    def "each period is kept on its own: 30 and 7 days asked in turn are added up once each"() {
        given:
        StatsService service = keepingFor(MAX_AGE)

        when:
        [30, 7, 30, 7, 30].each { service.stats(it) }

        then:
        statistics.computations.get() == 2
    }

    def "a kept dashboard answers the same figures, with the active carts counted on every request"() {
        given:
        StatsService service = keepingFor(MAX_AGE)
        def first = service.stats(30)

        when: 'a cart gets its first line'
        statistics.activeCarts = 4
        def second = service.stats(30)

        then:
        statistics.computations.get() == 1
        first.activeCarts() == 3
        second.activeCarts() == 4
        second.withActiveCarts(3) == first
        second.trendingSearches() == [new SearchCount('tea', 2)]
    }

    def "with max age 0 nothing is kept and the version is not even read"() {
        given:
        StatsService service = keepingFor(Duration.ZERO)

        when:
        3.times { service.stats(30) }

        then:
        statistics.computations.get() == 3
        statistics.versionReads.get() == 0
    }

    def "periods of a day that ended are forgotten when a new day's dashboard is added up"() {
        given:
        StatsService service = keepingFor(Duration.ofDays(2))
        service.stats(30)
        service.stats(7)

        when: 'the next day'
        clock.advance(Duration.ofDays(1))
        service.stats(30)

        then:
        service.kept.size() == 1
    }

    @Timeout(10)
    def "identical requests that arrive while the dashboard is added up wait for that one computation"() {
        given: 'an adding up that lasts until the other requests have asked'
        StatsService service = keepingFor(MAX_AGE)
        CountDownLatch started = new CountDownLatch(1)
        CountDownLatch release = new CountDownLatch(1)
        statistics.whileAddingUp = { started.countDown(); release.await(5, TimeUnit.SECONDS) }
        def pool = Executors.newFixedThreadPool(8)

        when:
        def first = pool.submit({ service.stats(30) } as java.util.concurrent.Callable)
        started.await(5, TimeUnit.SECONDS)
        def others = (1..7).collect { pool.submit({ service.stats(30) } as java.util.concurrent.Callable) }
        sleep(200)
        release.countDown()
        def answers = ([first] + others).collect { it.get(5, TimeUnit.SECONDS) }

        then:
        statistics.computations.get() == 1
        answers*.totals().unique().size() == 1

        cleanup:
        pool.shutdownNow()
    }

    def "a computation that fails is not kept: its waiters get the failure, the next request adds up anew"() {
        given:
        StatsService service = keepingFor(MAX_AGE)
        statistics.whileAddingUp = { throw new IllegalStateException('database gone') }

        when:
        service.stats(30)

        then:
        thrown(IllegalStateException)

        when:
        statistics.whileAddingUp = {}
        service.stats(30)

        then:
        statistics.computations.get() == 2
        service.kept.size() == 1
    }

    private static Version copy(Map changes, Version v) {
        new Version(
                changes.containsKey('newestOrder') ? changes.newestOrder as long : v.newestOrder(),
                changes.containsKey('latestRefund') ? changes.latestRefund as Instant : v.latestRefund(),
                changes.containsKey('refundsAtLatest') ? changes.refundsAtLatest as long : v.refundsAtLatest(),
                changes.containsKey('newestAccount') ? changes.newestAccount as long : v.newestAccount(),
                changes.containsKey('latestProductChange') ? changes.latestProductChange as Instant : v.latestProductChange())
    }
}

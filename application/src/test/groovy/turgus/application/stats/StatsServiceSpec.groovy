package turgus.application.stats

import org.spockframework.mock.EmptyOrDummyResponse
import spock.lang.Specification
import turgus.application.catalog.SearchCount
import turgus.application.catalog.port.out.SearchLog
import turgus.application.stats.port.out.SalesStatistics
import turgus.application.stats.port.out.SalesStatistics.DayAmount
import turgus.application.stats.port.out.SalesStatistics.DayCount
import turgus.application.stats.port.out.SalesStatistics.DaySales
import turgus.application.testing.MutableClock
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money

import java.time.Instant
import java.time.LocalDate
import java.time.ZoneId

/** The dashboard's days are the shop's calendar days; the quiet ones are filled with zeros. */
class StatsServiceSpec extends Specification {
    SalesStatistics statistics = Mock(SalesStatistics, defaultResponse: EmptyOrDummyResponse.INSTANCE)
    SearchLog searches = Stub() {
        mostSearchedSince(_, _) >> [new SearchCount('tea', 2)]
    }

    StatsService at(String now, String zone) {
        MutableClock clock = new MutableClock(Instant.parse(now))
        new StatsService(statistics, searches, new ShopCalendar(ZoneId.of(zone)), StatsKeeping.NONE, clock)
    }

    def "#days day(s) asked at #now in #zone run from #first to #last, from #from to #to"() {
        when:
        def stats = at(now, zone).stats(days)

        then:
        stats.from() == LocalDate.parse(first)
        stats.to() == LocalDate.parse(last)
        stats.revenueByDay().size() == days
        1 * statistics.salesByDay(Instant.parse(from), Instant.parse(to), ZoneId.of(zone)) >> []

        where:
        now                    | zone            | days || first        | last         | from                   | to
        '2026-11-21T10:00:00Z' | 'UTC'           | 1    || '2026-11-21' | '2026-11-21' | '2026-11-21T00:00:00Z' | '2026-11-22T00:00:00Z'
        '2026-11-21T10:00:00Z' | 'UTC'           | 30   || '2026-10-23' | '2026-11-21' | '2026-10-23T00:00:00Z' | '2026-11-22T00:00:00Z'
        '2026-11-21T23:30:00Z' | 'Asia/Tokyo'    | 2    || '2026-11-21' | '2026-11-22' | '2026-11-20T15:00:00Z' | '2026-11-22T15:00:00Z'
        '2026-03-29T12:00:00Z' | 'Europe/Vilnius' | 2   || '2026-03-28' | '2026-03-29' | '2026-03-27T22:00:00Z' | '2026-03-29T21:00:00Z'
    }

    def "days without anything are zeros, and the totals add the days up"() {
        given:
        statistics.salesByDay(_, _, _) >> [new DaySales(LocalDate.parse('2026-11-20'), Money.of('30.00'), 2)]
        statistics.refundsByDay(_, _, _) >> [new DayAmount(LocalDate.parse('2026-11-21'), Money.of('12.50'))]
        statistics.newCustomersByDay(_, _, _) >> [new DayCount(LocalDate.parse('2026-11-19'), 4)]
        statistics.topProductsByRevenue(_, _, 10) >> []
        statistics.topProductsByUnits(_, _, 10) >> []
        statistics.activeCartsSince(Instant.parse('2026-11-14T10:00:00Z')) >> 3

        when:
        def stats = at('2026-11-21T10:00:00Z', 'UTC').stats(3)

        then:
        stats.revenueByDay()*.date()*.toString() == ['2026-11-19', '2026-11-20', '2026-11-21']
        stats.revenueByDay()*.revenue() == [Money.ZERO, Money.of('30.00'), Money.ZERO]
        stats.revenueByDay()*.orders() == [0, 2, 0]
        stats.revenueByDay()*.refunds() == [Money.ZERO, Money.ZERO, Money.of('12.50')]
        stats.newCustomersByDay()*.count() == [4, 0, 0]
        stats.totals().revenue() == Money.of('30.00')
        stats.totals().orders() == 2
        stats.totals().refunds() == Money.of('12.50')
        stats.totals().newCustomers() == 4
        stats.activeCarts() == 3
        stats.trendingSearches() == [new SearchCount('tea', 2)]
    }

    def "a number of days outside 1..366 is refused on days: #days"() {
        when:
        at('2026-11-21T10:00:00Z', 'UTC').stats(days)

        then:
        InvalidValueException refused = thrown()
        refused.field() == 'days'

        where:
        days << [0, -1, 367, Integer.MAX_VALUE]
    }
}

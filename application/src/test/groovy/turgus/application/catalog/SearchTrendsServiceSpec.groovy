package turgus.application.catalog

import java.time.Duration
import java.time.Instant
import spock.lang.Specification
import turgus.application.catalog.port.out.SearchLog
import turgus.domain.account.UserId
import turgus.domain.catalog.search.TypedSearch
import turgus.domain.shared.InvalidValueException
import turgus.application.testing.MutableClock

class SearchTrendsServiceSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-22T10:00:00Z')
    static final UserId ANNA = UserId.of(1)

    List<String> recentSearches = []
    def log = Mock(SearchLog) {
        madeBySince(_, _) >> { recentSearches }
    }
    def clock = new MutableClock(NOW)
    def trends = new SearchTrendsService(log, clock)

    def "a search is kept in its normal form when it found something: #typed"() {
        when:
        trends.record(typed, ANNA, found)

        then:
        calls * log.record(kept, ANNA, NOW)

        where:
        typed                     | found || calls | kept
        'Green Tea'               | 3     || 1     | 'green tea'
        '  green \t  TEA  '       | 1     || 1     | 'green tea'
        'tea'                     | 0     || 0     | _
        '   '                     | 5     || 0     | _
        null                      | 5     || 0     | _
        'x' * 100                 | 1     || 1     | 'x' * 100
        'x' * 101                 | 1     || 0     | _
        'x'                       | 4     || 0     | _
        '  ?! '                   | 4     || 0     | _
        'a b'                     | 4     || 0     | _
        'TV'                      | 4     || 1     | 'tv'
    }

    def "'#typed' after #recent within the typing pause: kept #kept, forgetting #forgotten"() {
        when:
        trends.record(typed, ANNA, 3)

        then:
        1 * log.madeBySince(ANNA, NOW - TypedSearch.TYPING_PAUSE) >> recent
        (forgotten ? 1 : 0) * log.forget(ANNA, forgotten, NOW - TypedSearch.TYPING_PAUSE)
        (kept ? 1 : 0) * log.record(typed.toLowerCase(), ANNA, NOW)

        where:
        typed    | recent                || kept  | forgotten
        'Laptop' | ['lap', 'lapt']       || true  | ['lap', 'lapt']
        'lapt'   | ['laptop']            || false | []
        'laptop' | []                    || true  | []
        'tea'    | ['laptop', 'te']      || true  | ['te']
    }

    def "'#typed' #after after Anna had 'laptop' kept here: the log read #reads, kept #kept"() {
        given:
        trends.record('Laptop', ANNA, 3)
        clock.advance(after)

        when:
        trends.record(typed, ANNA, 3)

        then:
        (reads ? 1 : 0) * log.madeBySince(ANNA, NOW + after - TypedSearch.TYPING_PAUSE) >> ['laptop']
        (kept ? 1 : 0) * log.record(_, ANNA, _)

        where:
        typed        | after                    || reads | kept
        'laptop'     | Duration.ZERO            || false | false
        '  LAPTOP '  | Duration.ofSeconds(9)    || false | false
        'laptop'     | TypedSearch.TYPING_PAUSE || false | false
        'lapt'       | Duration.ofSeconds(1)    || true  | false
        'laptop bag' | Duration.ofSeconds(1)    || true  | true
    }

    def "a repeat after the typing pause is decided by the log again, and kept"() {
        given:
        trends.record('laptop', ANNA, 3)
        clock.advance(TypedSearch.TYPING_PAUSE + Duration.ofMillis(1))

        when:
        trends.record('laptop', ANNA, 3)

        then:
        1 * log.madeBySince(ANNA, NOW + Duration.ofMillis(1)) >> []
        1 * log.record('laptop', ANNA, NOW + TypedSearch.TYPING_PAUSE + Duration.ofMillis(1))
    }

    def "another shopper's search of the same words is decided by the log"() {
        given:
        trends.record('laptop', ANNA, 3)

        when:
        trends.record('laptop', UserId.of(2), 3)

        then:
        1 * log.madeBySince(UserId.of(2), NOW - TypedSearch.TYPING_PAUSE) >> []
        1 * log.record('laptop', UserId.of(2), NOW)
    }

    def "a search the log's decision dropped is not taken for the last kept one"() {
        given: 'Anna had laptop kept, then typed lapt, which begins it'
        trends.record('laptop', ANNA, 3)
        clock.advance(Duration.ofSeconds(1))
        recentSearches = ['laptop']
        trends.record('lapt', ANNA, 3)

        when: 'she repeats laptop'
        trends.record('laptop', ANNA, 3)

        then: 'the repeat is still known, and lapt was never kept'
        0 * log.madeBySince(_, _)
        0 * log.record(_, _, _)
    }

    def "trending looks back 7 days"() {
        given:
        def counts = [new SearchCount('tea', 3)]

        when:
        def trending = trends.trending(10)

        then:
        1 * log.mostSearchedSince(NOW - Duration.ofDays(7), 10) >> counts
        trending == counts
    }

    def "a limit of #limit is accepted"() {
        when:
        trends.trending(limit)

        then:
        1 * log.mostSearchedSince(_, limit) >> []

        where:
        limit << [1, 10, 50]
    }

    def "a limit of #limit is refused, naming the limit"() {
        when:
        trends.trending(limit)

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'limit'
        0 * log._

        where:
        limit << [-1, 0, 51]
    }

    def "searches older than 30 days are forgotten"() {
        when:
        int purged = trends.purgeOldSearches()

        then:
        1 * log.deleteBefore(NOW - Duration.ofDays(30)) >> 4
        purged == 4
    }
}

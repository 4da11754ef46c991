package turgus.application.catalog

import java.time.Duration
import java.time.Instant
import spock.lang.Specification
import turgus.domain.account.UserId
import turgus.domain.catalog.search.TypedSearch

class LastKeptSearchesSpec extends Specification {
    static final Instant KEPT_AT = Instant.parse('2026-12-06T10:00:00Z')
    static final UserId ANNA = UserId.of(1)

    def lastKept = new LastKeptSearches()

    def "'#query' #after after Anna had 'tea' kept is a repeat: #repeat"() {
        given:
        lastKept.kept(ANNA, 'tea', KEPT_AT)

        expect:
        lastKept.isRepeat(ANNA, query, KEPT_AT + after) == repeat

        where:
        query       | after                                             || repeat
        'tea'       | Duration.ZERO                                     || true
        'tea'       | TypedSearch.TYPING_PAUSE                          || true
        'tea'       | TypedSearch.TYPING_PAUSE + Duration.ofMillis(1)   || false
        'tea'       | Duration.ofSeconds(-1)                            || false
        'green tea' | Duration.ofSeconds(1)                             || false
        'te'        | Duration.ofSeconds(1)                             || false
    }

    def "only the last kept search counts"() {
        given:
        lastKept.kept(ANNA, 'tea', KEPT_AT)
        lastKept.kept(ANNA, 'coffee', KEPT_AT + Duration.ofSeconds(1))

        expect:
        !lastKept.isRepeat(ANNA, 'tea', KEPT_AT + Duration.ofSeconds(2))
        lastKept.isRepeat(ANNA, 'coffee', KEPT_AT + Duration.ofSeconds(2))
        !lastKept.isRepeat(UserId.of(2), 'coffee', KEPT_AT + Duration.ofSeconds(2))
    }

    def "when full, it drops the searches older than the pause first, and starts over when none is"() {
        given: 'as many shoppers as it holds, the first half past the pause'
        int half = LastKeptSearches.MAX_SHOPPERS / 2
        Instant now = KEPT_AT + TypedSearch.TYPING_PAUSE + Duration.ofSeconds(1)
        (1..half).each { lastKept.kept(UserId.of(it), 'tea', KEPT_AT) }
        (half + 1..LastKeptSearches.MAX_SHOPPERS).each { lastKept.kept(UserId.of(it), 'tea', now) }

        when: 'one more is kept'
        lastKept.kept(ANNA, 'coffee', now)

        then: 'only the recent ones stay'
        lastKept.size() == half + 1
        lastKept.isRepeat(UserId.of(LastKeptSearches.MAX_SHOPPERS), 'tea', now)

        when: 'it fills up with recent ones only, and one more is kept'
        (LastKeptSearches.MAX_SHOPPERS + 1..<LastKeptSearches.MAX_SHOPPERS + half).each {
            lastKept.kept(UserId.of(it), 'tea', now)
        }
        assert lastKept.size() == LastKeptSearches.MAX_SHOPPERS
        lastKept.kept(UserId.of(2 * LastKeptSearches.MAX_SHOPPERS), 'tea', now)

        then: 'it starts over'
        lastKept.size() == 1
        !lastKept.isRepeat(ANNA, 'coffee', now)
    }
}

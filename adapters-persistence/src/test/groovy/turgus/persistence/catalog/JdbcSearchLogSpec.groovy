package turgus.persistence.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.catalog.SearchCount
import turgus.application.catalog.port.out.SearchLog
import turgus.domain.account.UserId
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.QueryPlans
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.time.Duration
import java.time.Instant

import static turgus.persistence.testing.AccountBuilder.anAccount

@MicronautTest(transactional = false)
class JdbcSearchLogSpec extends Specification implements OnTestDatabase {
    static final Instant NOW = Instant.parse('2026-11-22T10:00:00Z')

    @Inject SearchLog log
    @Inject AccountRepository accounts
    @Inject DataSource dataSource

    UserId shopper() {
        accounts.add(anAccount().build()).id()
    }

    def "the most searched queries since a time, each searcher counted once, ties by query"() {
        given:
        UserId anna = shopper()
        UserId ben = shopper()
        UserId carl = shopper()
        log.record('tea', anna, NOW)
        log.record('tea', anna, NOW.plusSeconds(5))
        log.record('tea', ben, NOW)
        log.record('cups', carl, NOW)
        log.record('cups', ben, NOW)
        log.record('kettle', anna, NOW)
        log.record('old news', ben, NOW - Duration.ofDays(8))

        expect:
        log.mostSearchedSince(NOW - Duration.ofDays(7), 10) ==
                [new SearchCount('cups', 2), new SearchCount('tea', 2), new SearchCount('kettle', 1)]
        log.mostSearchedSince(NOW - Duration.ofDays(7), 1) == [new SearchCount('cups', 2)]
        log.mostSearchedSince(NOW.plusSeconds(1), 10) == [new SearchCount('tea', 1)]
    }

    def "old searches are deleted, newer ones kept"() {
        given:
        UserId anna = shopper()
        log.record('tea', anna, NOW - Duration.ofDays(31))
        log.record('cups', anna, NOW - Duration.ofDays(29))

        expect:
        log.deleteBefore(NOW - Duration.ofDays(30)) == 1
        log.mostSearchedSince(NOW - Duration.ofDays(365), 10) == [new SearchCount('cups', 1)]
    }

    def "a shopper's searches since a moment are read once each, and forgotten by query"() {
        given:
        UserId anna = shopper()
        UserId ben = shopper()
        log.record('lap', anna, NOW - Duration.ofSeconds(20))
        log.record('lap', anna, NOW - Duration.ofSeconds(5))
        log.record('lapt', anna, NOW - Duration.ofSeconds(3))
        log.record('lap', ben, NOW - Duration.ofSeconds(2))

        expect:
        log.madeBySince(anna, NOW - Duration.ofSeconds(10)) as Set == ['lap', 'lapt'] as Set
        log.madeBySince(anna, NOW.plusSeconds(1)) == []

        when:
        log.forget(anna, ['lap', 'lapt'], NOW - Duration.ofSeconds(10))
        log.forget(anna, [], NOW - Duration.ofSeconds(10))

        then: 'the older search of the same query, and the searches of others, stay'
        log.madeBySince(anna, NOW - Duration.ofDays(1)) == ['lap']
        log.madeBySince(ben, NOW - Duration.ofDays(1)) == ['lap']
    }

    def "on #database, a shopper's searches of the last seconds are read from an index of the shopper's searches by time, whatever the history"() {
        given: 'a shopper who searched #history times in the last days, and once just now'
        UserId anna = shopper()
        history.times { log.record("old ${it}", anna, NOW.minus(Duration.ofHours(1 + it))) }
        log.record('tea', anna, NOW)
        new QueryPlans(dataSource).execute('ANALYZE' + (TestDatabase.postgreSql ? ' search_log' : ''))

        when:
        Map plan = new QueryPlans(dataSource).measureStatement(JdbcSearchLog.QUERIES_OF_SINCE,
                [anna.value(), java.sql.Timestamp.from(NOW.minusSeconds(10))], ['search_log'])

        then: 'what it reads does not grow with the history'
        log.madeBySince(anna, NOW.minusSeconds(10)) == ['tea']
        !plan.scansWhole
        plan.cost < 20

        where:
        database = TestDatabase.describe()
        history = 2_000
    }
}

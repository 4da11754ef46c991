package turgus.persistence.schedule

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.backup.port.out.ScheduledRuns
import turgus.application.shared.Transactions
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource
import java.time.Duration

@MicronautTest(transactional = false)
class JdbcScheduledRunsSpec extends ScheduledRunsContract implements OnTestDatabase {
    @Inject
    ScheduledRuns runs

    @Inject
    Transactions transactions

    @Inject
    DataSource dataSource

    def "a lost claim inside a unit of work leaves that work usable"() {
        given:
        runs.claim('scheduled-backup', SLOT, NOW)

        when:
        boolean won = transactions.inTransaction {
            boolean claimed = runs.claim('scheduled-backup', SLOT, NOW)
            runs.claim('after-the-lost-one', SLOT, NOW) && !claimed
        }

        then:
        won
    }

    def "a claim forgets claims older than a week, and a forgotten slot could be claimed again"() {
        given:
        runs.claim('scheduled-backup', SLOT, NOW)
        runs.claim('scheduled-backup', SLOT.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(2)))

        when: 'a claim eight days later'
        runs.claim('scheduled-backup', SLOT.plus(Duration.ofDays(8)), NOW.plus(Duration.ofDays(8)))

        then: 'the first slot is forgotten, the one six days old is not'
        runs.claim('scheduled-backup', SLOT, NOW.plus(Duration.ofDays(8)))
        !runs.claim('scheduled-backup', SLOT.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(8)))
    }
}

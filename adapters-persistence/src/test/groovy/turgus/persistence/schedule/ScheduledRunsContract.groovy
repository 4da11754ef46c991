package turgus.persistence.schedule

import spock.lang.Specification
import turgus.application.backup.port.out.ScheduledRuns

import java.time.Duration
import java.time.Instant
import java.util.concurrent.Callable
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.ExecutorService
import java.util.concurrent.Executors
import java.util.concurrent.TimeUnit

/** What every {@link ScheduledRuns} promises. Each feature starts without claims. */
abstract class ScheduledRunsContract extends Specification {
    static final Instant SLOT = Instant.parse('2026-12-04T03:30:00Z')
    static final Instant NOW = SLOT.plusMillis(15)

    abstract ScheduledRuns getRuns()

    def "the first claim of a slot wins and every later one loses"() {
        expect:
        runs.claim('scheduled-backup', SLOT, NOW)
        !runs.claim('scheduled-backup', SLOT, NOW.plusMillis(40))
        !runs.claim('scheduled-backup', SLOT, NOW.plusSeconds(60))
    }

    def "#what is a run of its own"() {
        given:
        runs.claim('scheduled-backup', SLOT, NOW)

        expect:
        runs.claim(job, slot, NOW.plusSeconds(1))

        where:
        what                  | job                | slot
        'the next slot'       | 'scheduled-backup' | SLOT.plus(Duration.ofDays(1))
        'a slot 1 ms later'   | 'scheduled-backup' | SLOT.plusMillis(1)
        'another job, same slot' | 'another-job'   | SLOT
    }

    def "instances racing for one slot: exactly one of #callers wins"() {
        given:
        ExecutorService pool = Executors.newFixedThreadPool(callers)
        CyclicBarrier start = new CyclicBarrier(callers)

        when:
        List<Boolean> won = pool.invokeAll((1..callers).collect {
            { -> start.await(); runs.claim('scheduled-backup', SLOT, NOW) } as Callable<Boolean>
        })*.get()

        then:
        won.count { it } == 1

        cleanup:
        pool.shutdown()
        pool.awaitTermination(10, TimeUnit.SECONDS)

        where:
        callers << [2, 8]
    }
}

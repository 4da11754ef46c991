package turgus.application.testing

import java.time.Instant
import java.util.concurrent.ConcurrentHashMap
import turgus.application.backup.port.out.ScheduledRuns

/** Claims of scheduled runs in a set: the first claim of a job's slot wins, as the table's key does. */
class InMemoryScheduledRuns implements ScheduledRuns {
    final Set<String> claimed = ConcurrentHashMap.newKeySet()

    @Override
    boolean claim(String job, Instant slot, Instant now) {
        Objects.requireNonNull(now, 'now')
        claimed.add("${Objects.requireNonNull(job, 'job')} ${Objects.requireNonNull(slot, 'slot')}".toString())
    }
}

package turgus.persistence.schedule

import turgus.application.backup.port.out.ScheduledRuns
import turgus.application.testing.InMemoryScheduledRuns

/** The application specs' fake keeps the same promises as the database. */
class InMemoryScheduledRunsSpec extends ScheduledRunsContract {
    ScheduledRuns runs = new InMemoryScheduledRuns()
}

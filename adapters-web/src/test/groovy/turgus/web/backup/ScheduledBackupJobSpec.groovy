package turgus.web.backup

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.web.testing.WebSpec

import java.nio.file.Files
import java.nio.file.Path
import java.time.Duration

/** SHOP_BACKUP_SCHEDULE and SHOP_BACKUP_KEEP: the job, run by hand instead of waiting for the clock. */
@MicronautTest(transactional = false)
class ScheduledBackupJobSpec extends WebSpec {
    @Inject
    ScheduledBackupJob job

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.backup.schedule': '0 30 3 * * *', 'shop.backup.keep': '2']
    }

    def "each firing makes a backup and keeps the newest two of the schedule's"() {
        when: 'the job fires on three days running'
        3.times {
            job.run()
            clock.advance(Duration.ofDays(1))
        }
        List<String> files = Files.list(Path.of(dataDir, 'backups')).withCloseable { it.map { it.fileName.toString() }.toList() }

        then:
        files.findAll { it.startsWith('scheduled-') && it.endsWith('.zip') }.size() == 2
    }

    def "a second run for the same firing makes no second backup"() {
        given: 'a day of its own, and the backups already there'
        clock.advance(Duration.ofDays(30))
        Set<String> before = scheduledBackups()

        when: 'the job runs twice for one firing, as two instances of the shop would'
        2.times { job.run() }

        then:
        (scheduledBackups() - before).size() == 1
    }

    private Set<String> scheduledBackups() {
        Files.list(Path.of(dataDir, 'backups')).withCloseable { stream ->
            stream.map { it.fileName.toString() }.toList().findAll { it.startsWith('scheduled-') && it.endsWith('.zip') } as Set
        }
    }
}

package turgus.web.backup

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.web.testing.WebSpec

import java.nio.file.Files
import java.nio.file.Path

/** SHOP_BACKUP_SCHEDULE and SHOP_BACKUP_KEEP: the job, run by hand instead of waiting for the clock. */
@MicronautTest(transactional = false)
class ScheduledBackupJobSpec extends WebSpec {
    @Inject
    ScheduledBackupJob job

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.backup.schedule': '0 30 3 * * *', 'shop.backup.keep': '2']
    }

    def "each run makes a backup and keeps the newest two of the schedule's"() {
        when:
        3.times { job.run() }
        List<String> files = Files.list(Path.of(dataDir, 'backups')).withCloseable { it.map { it.fileName.toString() }.toList() }

        then:
        files.findAll { it.startsWith('scheduled-') && it.endsWith('.zip') }.size() == 2
    }
}

package turgus.web.backup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.backup.port.in.ScheduledBackupUseCase;
import turgus.application.backup.port.out.StoredBackup;

/**
 * Makes a backup on the cron schedule of {@code shop.backup.schedule} ({@code SHOP_BACKUP_SCHEDULE},
 * e.g. {@code 0 30 3 * * *} for 03:30 every day) and keeps the newest {@code shop.backup.keep}
 * ({@code SHOP_BACKUP_KEEP}, default 7) scheduled backups; backups an admin made are never deleted by
 * it. Without a schedule there is no job.
 */
@Singleton
@Requires(property = "shop.backup.schedule", pattern = ".*\\S.*")
public class ScheduledBackupJob {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackupJob.class);

    private final ScheduledBackupUseCase backups;
    private final int keep;

    public ScheduledBackupJob(ScheduledBackupUseCase backups, @Value("${shop.backup.keep:7}") int keep) {
        if (keep < 1) {
            throw new IllegalArgumentException("shop.backup.keep must be at least 1, not " + keep);
        }
        this.backups = backups;
        this.keep = keep;
    }

    @Scheduled(cron = "${shop.backup.schedule}")
    public void run() {
        try {
            StoredBackup made = backups.makeScheduledBackup(keep);
            LOG.info("Scheduled backup {} made ({} bytes)", made.id(), made.sizeBytes());
        } catch (RuntimeException failed) {
            LOG.error("The scheduled backup failed", failed);
        }
    }
}

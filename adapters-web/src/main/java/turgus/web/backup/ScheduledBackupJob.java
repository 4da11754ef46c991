package turgus.web.backup;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.backup.port.in.ScheduledBackupUseCase;
import turgus.application.backup.port.out.StoredBackup;

/**
 * Makes a backup on the cron schedule of {@code shop.backup.schedule} ({@code SHOP_BACKUP_SCHEDULE},
 * e.g. {@code 0 30 3 * * *} for 03:30 every day) and keeps the newest {@code shop.backup.keep}
 * ({@code SHOP_BACKUP_KEEP}, default 7) scheduled backups; backups an admin made are never deleted by
 * it. Without a schedule there is no job.
 *
 * <p>Every instance of the shop runs the schedule; the firing's moment ({@link CronSlots}) is claimed
 * in the database, so one backup is made per firing, by whichever instance claims it first.
 */
@Singleton
@Requires(property = "shop.backup.schedule", pattern = ".*\\S.*")
public class ScheduledBackupJob {
    private static final Logger LOG = LoggerFactory.getLogger(ScheduledBackupJob.class);

    private final ScheduledBackupUseCase backups;
    private final int keep;
    private final CronSlots slots;
    private final Clock clock;

    public ScheduledBackupJob(
            ScheduledBackupUseCase backups,
            @Value("${shop.backup.keep:7}") int keep,
            @Value("${shop.backup.schedule}") String schedule,
            Clock clock) {
        if (keep < 1) {
            throw new IllegalArgumentException("shop.backup.keep must be at least 1, not " + keep);
        }
        this.backups = backups;
        this.keep = keep;
        // The zone Micronaut's scheduler reads cron expressions in.
        this.slots = new CronSlots(schedule, ZoneId.systemDefault());
        this.clock = clock;
    }

    @Scheduled(cron = "${shop.backup.schedule}")
    public void run() {
        try {
            Instant slot = slots.slotOf(clock.instant());
            Optional<StoredBackup> made = backups.makeScheduledBackup(keep, slot);
            if (made.isPresent()) {
                LOG.info(
                        "Scheduled backup {} made ({} bytes)",
                        made.get().id(),
                        made.get().sizeBytes());
            } else {
                LOG.debug("The scheduled backup of {} is made by another instance", slot);
            }
        } catch (RuntimeException failed) {
            LOG.error("The scheduled backup failed", failed);
        }
    }
}

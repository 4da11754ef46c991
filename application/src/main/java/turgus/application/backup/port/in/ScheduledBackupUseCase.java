package turgus.application.backup.port.in;

import java.time.Instant;
import java.util.Optional;
import turgus.application.backup.port.out.StoredBackup;

/**
 * The scheduled backup: makes one, then keeps only the newest {@code keep} scheduled backups. Every
 * instance of the shop is woken by the schedule; only the first to claim the {@code slot} (the
 * moment the schedule named) makes the backup, the others answer nothing.
 */
public interface ScheduledBackupUseCase {
    Optional<StoredBackup> makeScheduledBackup(int keep, Instant slot);
}

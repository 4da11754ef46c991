package turgus.application.backup.port.in;

import turgus.application.backup.port.out.StoredBackup;

/** The scheduled backup: makes one, then keeps only the newest {@code keep} scheduled backups. */
public interface ScheduledBackupUseCase {
    StoredBackup makeScheduledBackup(int keep);
}

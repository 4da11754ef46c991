package turgus.application.backup.port.in;

import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * A backup made by a newer version of the shop ({@code BACKUP_TOO_NEW}): its schema has migrations
 * this database has not, so it cannot be restored here; nothing was changed.
 */
public class BackupTooNewException extends Refusal {
    public BackupTooNewException(String backupSchemaVersion, String databaseSchemaVersion) {
        super(
                RefusalReason.BACKUP_TOO_NEW,
                details("schemaVersion", backupSchemaVersion, "currentSchemaVersion", databaseSchemaVersion),
                "Backup of schema version " + backupSchemaVersion + ", newer than the database's "
                        + databaseSchemaVersion);
    }
}

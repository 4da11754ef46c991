package turgus.application.backup.port.in;

import java.nio.file.Path;

/**
 * An admin brings back the state a backup saved: every table is replaced in one unit of work (all or
 * nothing), generated ids continue past the restored ones, the pictures are replaced, every session
 * is signed out, and the admin gets a new session when their account is in the backup.
 */
public interface RestoreBackupUseCase {
    /**
     * Restores a kept backup.
     *
     * @throws turgus.application.shared.NotFoundException for an unknown id
     * @throws BackupInvalidException when the file cannot be restored (nothing changed)
     * @throws BackupTooNewException when a newer shop made it (nothing changed)
     */
    RestoreOutcome restore(String id, RestoreCommand command);

    /** Restores an uploaded file, as {@link #restore(String, RestoreCommand)}. */
    RestoreOutcome restoreUploaded(Path file, RestoreCommand command);
}

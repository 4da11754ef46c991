package turgus.application.backup.port.out;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The folder where backups are kept. Ids are plain names (see {@link
 * turgus.application.backup.port.in.BackupIds}); an id that is not one is never turned into a path.
 */
public interface BackupFiles {
    /** Every kept backup, newest first. */
    List<StoredBackup> list();

    /** The file of the backup {@code id}, if there is one. */
    Optional<Path> find(String id);

    /**
     * Writes a new backup: {@code content} writes its bytes, and only a completely written file
     * becomes visible under {@code id}; a failure leaves nothing behind.
     */
    StoredBackup write(String id, Instant createdAt, Content content);

    /** Deletes the backup; false when there was none. */
    boolean delete(String id);

    /** What a new backup file holds. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }
}

package turgus.application.backup.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A backup file kept by the shop.
 *
 * @param id its name without the extension: letters, digits and {@code -} only
 * @param createdAt when it was made
 * @param sizeBytes how large the file is
 */
public record StoredBackup(String id, Instant createdAt, long sizeBytes) {
    public StoredBackup {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}

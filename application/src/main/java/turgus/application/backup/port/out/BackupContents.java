package turgus.application.backup.port.out;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What a backup holds, as its manifest says and its contents confirm.
 *
 * @param schemaVersion the database schema version it was made with
 * @param createdAt when it was made
 * @param tables the rows of each table
 */
public record BackupContents(String schemaVersion, Instant createdAt, Map<String, Long> tables) {
    public BackupContents {
        Objects.requireNonNull(schemaVersion, "schemaVersion");
        Objects.requireNonNull(createdAt, "createdAt");
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    /** The rows of every table together. */
    public long rows() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }
}

package turgus.application.backup.port.in;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import turgus.application.account.port.in.SignedIn;

/**
 * A finished restore.
 *
 * @param restoredFrom the backup's id, or {@code upload} for an uploaded file
 * @param createdAt when the backup was made
 * @param tables the rows restored per table
 * @param signIn the restoring admin's new session, when their account is in the backup
 */
public record RestoreOutcome(
        String restoredFrom, Instant createdAt, Map<String, Long> tables, Optional<SignedIn> signIn) {
    public RestoreOutcome {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
    }

    public long rows() {
        return tables.values().stream().mapToLong(Long::longValue).sum();
    }
}

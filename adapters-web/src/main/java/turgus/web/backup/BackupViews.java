package turgus.web.backup;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Map;
import turgus.application.backup.port.out.StoredBackup;
import turgus.web.security.LoginResponse;

/** The answers of the backup routes. */
final class BackupViews {
    private BackupViews() {}

    /** A kept backup. */
    @Serdeable
    @Schema(name = "Backup")
    record BackupView(
            @Schema(
                    description = "The file name's stem: letters, digits and -",
                    example = "backup-20261121-101530-123-1")
            String id,

            Instant createdAt,
            @Schema(description = "The file's size") long sizeBytes) {
        static BackupView of(StoredBackup backup) {
            return new BackupView(backup.id(), backup.createdAt(), backup.sizeBytes());
        }
    }

    /**
     * A finished restore. {@code signIn} is a new session for the restoring admin (every session was
     * signed out), or null when their account is not in the backup.
     */
    @Serdeable
    @Schema(name = "RestoreOutcome")
    record RestoreOutcomeView(
            @Schema(description = "The backup's id, or \"upload\" for an uploaded file")
            String restoredFrom,

            @Schema(description = "When the backup was made")
            Instant createdAt,

            @Schema(description = "The rows restored per table")
            Map<String, Long> tables,

            @Schema(description = "The rows restored in all")
            long rows,

            @Nullable LoginResponse signIn) {}
}

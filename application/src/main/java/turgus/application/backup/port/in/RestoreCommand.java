package turgus.application.backup.port.in;

import java.util.Objects;
import turgus.domain.account.UserId;

/** Who restores a backup, from which device and address (for their new session and the event log). */
public record RestoreCommand(UserId admin, String userAgent, String ip) {
    public RestoreCommand {
        Objects.requireNonNull(admin, "admin");
    }
}

package turgus.application.account.port.out;

import java.time.Instant;
import java.util.Objects;
import turgus.domain.account.UserId;

/** A session that has not been signed out: whose it is, since when, last used when, from where. */
public record ActiveSession(
        String id, UserId userId, Instant createdAt, Instant lastUsedAt, String userAgent, String ip) {
    public ActiveSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(userId, "userId");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(lastUsedAt, "lastUsedAt");
    }
}

package turgus.application.account.port.in;

import java.time.Instant;
import java.util.List;
import turgus.domain.account.UserId;

/** A person's signed-in devices. */
public interface ListSessionsQuery {
    /** The user's active sessions, newest first; {@code current} marks the one asking. */
    List<SessionSummary> sessions(UserId userId, String currentSessionId);

    record SessionSummary(
            String id, Instant createdAt, Instant lastUsedAt, String userAgent, String ip, boolean current) {}
}

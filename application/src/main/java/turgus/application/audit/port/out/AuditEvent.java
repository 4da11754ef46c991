package turgus.application.audit.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.account.UserId;

/**
 * One entry of the event log.
 *
 * @param at when it happened
 * @param type what happened
 * @param actorId who did it, when known (nobody is known for a failed login)
 * @param subjectId whose account it concerns, when there is one (an unknown login name has none)
 * @param ip where the request came from, when known
 * @param details one line, best as {@link EventDetails}; never a password, token or code. Control
 *     characters are escaped here whoever wrote it, so no entry can forge another line
 */
public record AuditEvent(Instant at, AuditEventType type, UserId actorId, UserId subjectId, String ip, String details) {
    public static final int MAX_DETAILS_LENGTH = 2000;

    public AuditEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        ip = ip == null || ip.isBlank() ? null : ip;
        details = details == null ? "" : cut(EventDetails.withoutControls(details));
    }

    /** Something a person did to their own account. */
    public static AuditEvent bySelf(Instant at, AuditEventType type, UserId userId, String ip, String details) {
        return new AuditEvent(at, type, userId, userId, ip, details);
    }

    public Optional<UserId> actor() {
        return Optional.ofNullable(actorId);
    }

    public Optional<UserId> subject() {
        return Optional.ofNullable(subjectId);
    }

    private static String cut(String text) {
        return text.length() <= MAX_DETAILS_LENGTH ? text : text.substring(0, MAX_DETAILS_LENGTH);
    }
}

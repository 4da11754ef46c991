package turgus.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.EndAllSessionsUseCase;
import turgus.application.account.port.in.ListSessionsQuery;
import turgus.application.account.port.in.LogOutUseCase;
import turgus.application.account.port.in.RevokeSessionUseCase;
import turgus.application.account.port.in.UseSessionUseCase;
import turgus.application.account.port.out.ActiveSession;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.shared.NotFoundException;
import turgus.domain.account.UserId;

/**
 * A person's sessions: listing them, signing one or all of them out, noting their use. A signed-out
 * session is refused by {@link #useSession} at once, so its access tokens stop
 * working on the very next request.
 */
@Singleton
public final class SessionService
        implements LogOutUseCase, ListSessionsQuery, RevokeSessionUseCase, UseSessionUseCase, EndAllSessionsUseCase {

    /**
     * How far a session's last use may lag behind. Writing it on every request would turn each
     * request's read into a write; to the minute is precise enough for "last active", and costs at
     * most one write a minute per signed-in device.
     */
    static final Duration LAST_USE_PRECISION = Duration.ofMinutes(1);

    private final SessionRepository sessions;
    private final AuditLog audit;
    private final Clock clock;

    public SessionService(SessionRepository sessions, AuditLog audit, Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void logOut(LogOutUseCase.Command command) {
        Instant now = clock.instant();
        if (sessions.revoke(command.userId(), command.sessionId(), now)) {
            audit.record(AuditEvent.bySelf(
                    now, AuditEventType.LOGGED_OUT, command.userId(), command.ip(), "session " + command.sessionId()));
        }
    }

    @Override
    public List<SessionSummary> sessions(UserId userId, String currentSessionId) {
        return sessions.listActive(userId).stream()
                .map(s -> new SessionSummary(
                        s.id(), s.createdAt(), s.lastUsedAt(), s.userAgent(), s.ip(), s.id().equals(currentSessionId)))
                .toList();
    }

    @Override
    public void revoke(RevokeSessionUseCase.Command command) {
        Instant now = clock.instant();
        if (!sessions.revoke(command.userId(), command.sessionId(), now)) {
            throw NotFoundException.of(NotFoundException.Resource.SESSION);
        }
        audit.record(AuditEvent.bySelf(
                now,
                AuditEventType.SESSION_REVOKED,
                command.userId(),
                command.ip(),
                "session " + command.sessionId() + " signed out by its owner"));
    }

    @Override
    public boolean useSession(String sessionId) {
        if (sessionId == null || sessionId.isEmpty()) {
            return false;
        }
        Optional<ActiveSession> session = sessions.findActive(sessionId);
        if (session.isEmpty()) {
            return false;
        }
        Instant now = clock.instant();
        Instant usedBefore = now.minus(LAST_USE_PRECISION);
        if (session.get().lastUsedAt().isBefore(usedBefore)) {
            // Conditional: a racing request that moved it first makes this one write nothing.
            sessions.markUsed(sessionId, now, usedBefore);
        }
        return true;
    }

    @Override
    public int endAllSessions(EndAllSessionsUseCase.Command command) {
        Instant now = clock.instant();
        List<String> ended = sessions.revokeAll(command.subject(), Optional.empty(), now);
        if (!ended.isEmpty()) {
            audit.record(new AuditEvent(
                    now,
                    AuditEventType.SESSION_REVOKED,
                    command.actor(),
                    command.subject(),
                    command.ip(),
                    ended.size() + " session(s) signed out: " + command.reason()));
        }
        return ended.size();
    }
}

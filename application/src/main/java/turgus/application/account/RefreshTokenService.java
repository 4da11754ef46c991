package turgus.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.AccountDisabledException;
import turgus.application.account.port.in.InvalidRefreshTokenException;
import turgus.application.account.port.in.LockedOutException;
import turgus.application.account.port.in.RefreshTokenCommand;
import turgus.application.account.port.in.RefreshTokenUseCase;
import turgus.application.account.port.in.SignedIn;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.ActiveSession;
import turgus.application.account.port.out.LoginAttemptsRepository;
import turgus.application.account.port.out.LoginKey;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.security.TokenHash;
import turgus.application.security.port.out.RandomSecrets;
import turgus.domain.account.Account;
import turgus.domain.account.lockout.LoginAttempts;

/**
 * Rotates refresh tokens. Each refresh token works once: the session gets a new one and remembers
 * the old one's hash, so that presenting the old one again (a thief or the victim, whoever comes
 * second) signs the whole session out. A refresh is refused for an account that is blocked,
 * deactivated or locked by failed logins, and for a session unused for longer than the configured
 * refresh-token validity.
 */
@Singleton
public final class RefreshTokenService implements RefreshTokenUseCase {
    private final SessionRepository sessions;
    private final AccountRepository accounts;
    private final LoginAttemptsRepository attempts;
    private final RandomSecrets random;
    private final AuditLog audit;
    private final AccountSettings settings;
    private final Clock clock;

    public RefreshTokenService(
            SessionRepository sessions,
            AccountRepository accounts,
            LoginAttemptsRepository attempts,
            RandomSecrets random,
            AuditLog audit,
            AccountSettings settings,
            Clock clock) {
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.random = Objects.requireNonNull(random, "random");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SignedIn refresh(RefreshTokenCommand command) {
        Instant now = clock.instant();
        String oldHash = TokenHash.of(command.refreshToken());
        Optional<ActiveSession> found = sessions.findActiveByRefreshTokenHash(oldHash);
        if (found.isEmpty()) {
            sessions.findActiveByPreviousRefreshTokenHash(oldHash).ifPresent(stolen -> endStolen(stolen, command, now));
            throw new InvalidRefreshTokenException();
        }
        ActiveSession session = found.get();
        if (!now.isBefore(session.lastUsedAt().plus(settings.refreshTokenValidity()))) {
            sessions.revoke(session.userId(), session.id(), now);
            throw new InvalidRefreshTokenException();
        }
        Account account = accounts.findById(session.userId()).orElseThrow(InvalidRefreshTokenException::new);
        if (!account.maySignIn()) {
            throw new AccountDisabledException(account.status());
        }
        LoginAttempts counted = attempts.find(LoginKey.of(account.id()));
        if (counted.isLockedAt(now)) {
            throw new LockedOutException(counted.retryAfterSeconds(now));
        }
        String newToken = random.token(LogInService.REFRESH_TOKEN_BYTES);
        if (!sessions.rotate(session.id(), oldHash, TokenHash.of(newToken), now)) {
            // Another request rotated the same token a moment ago: it was presented twice.
            endStolen(session, command, now);
            throw new InvalidRefreshTokenException();
        }
        return new SignedIn(account.id(), account.email(), account.roles(), session.id(), newToken);
    }

    /** A refresh token presented a second time: whoever holds it, the session can no longer be trusted. */
    private void endStolen(ActiveSession session, RefreshTokenCommand command, Instant now) {
        if (sessions.revoke(session.userId(), session.id(), now)) {
            audit.record(new AuditEvent(
                    now,
                    AuditEventType.SESSION_REVOKED,
                    null,
                    session.userId(),
                    command.ip(),
                    "session " + session.id() + " signed out: a refresh token was used twice"));
        }
    }
}

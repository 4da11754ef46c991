package turgus.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.AccountDisabledException;
import turgus.application.account.port.in.ForgetStaleLoginAttemptsUseCase;
import turgus.application.account.port.in.InvalidCredentialsException;
import turgus.application.account.port.in.LockedOutException;
import turgus.application.account.port.in.LogInCommand;
import turgus.application.account.port.in.LogInUseCase;
import turgus.application.account.port.in.SignedIn;
import turgus.application.account.port.in.StartSessionUseCase;
import turgus.application.account.port.out.AccountBlocks;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.LoginAttemptsRepository;
import turgus.application.account.port.out.LoginKey;
import turgus.application.account.port.out.PasswordHasher;
import turgus.application.account.port.out.SessionRepository;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.security.TokenHash;
import turgus.application.security.port.out.RandomSecrets;
import turgus.application.shared.Transactions;
import turgus.domain.account.Account;
import turgus.domain.account.AccountStatus;
import turgus.domain.account.Block;
import turgus.domain.account.BlockCategory;
import turgus.domain.account.Email;
import turgus.domain.account.PhoneNumber;
import turgus.domain.account.UserId;
import turgus.domain.account.lockout.LoginAttempts;
import turgus.domain.shared.InvalidValueException;

/**
 * Signs people in. An unknown name and a wrong password get the same answer after the same work,
 * and both are counted towards a lockout the same way (per account, or per unknown name), so that
 * nobody can learn from a login whether an account exists. An account has at most {@link
 * AccountSettings#maxSessionsPerAccount()} sessions: a login beyond that signs the oldest out. While a name is locked no password is
 * checked at all: the answer is {@link LockedOutException} before any hashing. Whether an account is
 * blocked is only told to someone who knows its password.
 */
@Singleton
public final class LogInService implements LogInUseCase, ForgetStaleLoginAttemptsUseCase, StartSessionUseCase {
    static final int REFRESH_TOKEN_BYTES = 32;

    private final AccountRepository accounts;
    private final SessionRepository sessions;
    private final LoginAttemptsRepository attempts;
    private final PasswordHasher hasher;
    private final RandomSecrets random;
    private final Transactions transactions;
    private final AuditLog audit;
    private final AccountBlocks blocks;
    private final AccountSettings settings;
    private final Clock clock;

    public LogInService(
            AccountRepository accounts,
            SessionRepository sessions,
            LoginAttemptsRepository attempts,
            PasswordHasher hasher,
            RandomSecrets random,
            Transactions transactions,
            AuditLog audit,
            AccountBlocks blocks,
            AccountSettings settings,
            Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.attempts = Objects.requireNonNull(attempts, "attempts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.random = Objects.requireNonNull(random, "random");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.blocks = Objects.requireNonNull(blocks, "blocks");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public SignedIn logIn(LogInCommand command) {
        Optional<Account> found = findByUsername(command.username());
        LoginKey key = found.map(a -> LoginKey.of(a.id()))
                .orElseGet(() -> LoginKey.ofUnknownName(command.username(), settings.phoneFormat()));
        UserId subject = found.map(Account::id).orElse(null);
        Instant now = clock.instant();
        LoginAttempts counted = attempts.find(key);
        if (counted.isLockedAt(now)) {
            audit.record(
                    new AuditEvent(now, AuditEventType.LOGIN_FAILED, null, subject, command.ip(), "refused: locked"));
            throw new LockedOutException(counted.retryAfterSeconds(now));
        }
        if (found.isEmpty()) {
            hasher.spendComparableTime(command.password());
            throw failed(key, subject, command, "unknown name");
        }
        Account account = found.get();
        if (!hasher.matches(command.password(), account.passwordHash())) {
            throw failed(key, subject, command, "wrong password");
        }
        if (!account.maySignIn() && !blockEndedAt(account, now)) {
            throw account.status() == AccountStatus.BLOCKED
                    ? AccountDisabledException.blocked(
                            blocks.find(account.id()).orElseGet(() -> new Block(null, "blocked", BlockCategory.OTHER)))
                    : new AccountDisabledException(account.status());
        }
        attempts.clear(key);
        return openSession(account, command.userAgent(), command.ip(), now, "");
    }

    @Override
    public Optional<SignedIn> startSession(UserId userId, String userAgent, String ip) {
        Objects.requireNonNull(userId, "userId");
        return accounts.findById(userId)
                .filter(Account::maySignIn)
                .map(account -> openSession(account, userAgent, ip, clock.instant(), " after a restore"));
    }

    private SignedIn openSession(Account account, String userAgent, String ip, Instant now, String note) {
        String refreshToken = random.token(REFRESH_TOKEN_BYTES);
        SessionRepository.OpenedSession opened = transactions.inTransaction(() -> {
            SessionRepository.OpenedSession session = sessions.open(
                    account.id(), TokenHash.of(refreshToken), userAgent, ip, now, settings.maxSessionsPerAccount());
            accounts.recordLogin(account.id(), now);
            return session;
        });
        audit.record(AuditEvent.bySelf(
                now, AuditEventType.LOGIN_SUCCEEDED, account.id(), ip, "session " + opened.id() + note));
        for (String signedOut : opened.signedOut()) {
            audit.record(AuditEvent.bySelf(
                    now,
                    AuditEventType.SESSION_REVOKED,
                    account.id(),
                    ip,
                    "session " + signedOut + " signed out: more than " + settings.maxSessionsPerAccount()
                            + " sessions"));
        }
        return new SignedIn(account.id(), account.email(), account.roles(), opened.id(), refreshToken);
    }

    /**
     * Counts the failure and answers what to throw: the failure that brings on a lock is already
     * answered as locked, so that the answer tells how long to wait.
     */
    private RuntimeException failed(LoginKey key, UserId subject, LogInCommand command, String reason) {
        Instant now = clock.instant();
        LoginAttempts after = attempts.recordFailure(key, now, settings.lockout());
        audit.record(new AuditEvent(
                now,
                AuditEventType.LOGIN_FAILED,
                null,
                subject,
                command.ip(),
                reason + ", " + after.consecutiveFailures() + " in a row"));
        if (after.isLockedAt(now)) {
            audit.record(new AuditEvent(
                    now,
                    AuditEventType.LOCKED_OUT,
                    null,
                    subject,
                    command.ip(),
                    "locked until " + after.lockedUntil() + " after " + after.consecutiveFailures()
                            + " failed logins in a row"));
            return new LockedOutException(after.retryAfterSeconds(now));
        }
        return new InvalidCredentialsException();
    }

    /**
     * Whether the account is blocked by a block whose end has come: then the block is lifted here (one
     * conditional statement, with its {@code BLOCK_EXPIRED} event), and the login goes on.
     */
    private boolean blockEndedAt(Account account, Instant now) {
        if (account.status() != AccountStatus.BLOCKED) {
            return false;
        }
        Optional<Block> block = blocks.find(account.id());
        if (block.isEmpty() || !block.get().hasEndedAt(now)) {
            return false;
        }
        transactions.run(() -> {
            if (blocks.liftEnded(account.id(), now)) {
                audit.record(new AuditEvent(
                        now,
                        AuditEventType.BLOCK_EXPIRED,
                        null,
                        account.id(),
                        null,
                        "by=sign-in until=" + block.get().until()));
            }
        });
        return true;
    }

    @Override
    public int forgetStaleLoginAttempts(Duration age) {
        if (age.isNegative() || age.isZero()) {
            throw new IllegalArgumentException("Only attempts of some age are forgotten: " + age);
        }
        Instant now = clock.instant();
        return attempts.forgetStaleNames(now.minus(age), now);
    }

    /** The account named by an email or a phone number; a name that is neither finds nothing. */
    private Optional<Account> findByUsername(String username) {
        try {
            if (Email.looksLikeEmail(username)) {
                return accounts.findByEmail(Email.of(username));
            }
            String phone = settings.phoneFormat().normalise(username);
            return phone.isEmpty() ? Optional.empty() : accounts.findByPhone(new PhoneNumber(phone));
        } catch (InvalidValueException | IllegalArgumentException notAName) {
            return Optional.empty();
        }
    }
}

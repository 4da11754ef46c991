package turgus.domain.account.lockout;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The failed logins in a row of one account (or of one login name that matches no account), and
 * until when they lock it. A lock lifts by itself at {@code lockedUntil}: from that instant on the
 * account is no longer locked, though the count stays until a login succeeds, the password is reset
 * or an admin unlocks it ({@link #cleared()}).
 *
 * @param consecutiveFailures failed logins since the last success or clearing, never negative
 * @param lockedUntil the instant the latest lock lifts, or null if none was ever set since clearing;
 *     an instant in the past means the lock has already lifted
 */
public record LoginAttempts(int consecutiveFailures, Instant lockedUntil) {
    /** No failure, no lock. */
    public static final LoginAttempts NONE = new LoginAttempts(0, null);

    public LoginAttempts {
        if (consecutiveFailures < 0) {
            throw new IllegalArgumentException("Failures in a row are never negative: " + consecutiveFailures);
        }
    }

    /** Whether no password may be checked at {@code now}. The lock lifts exactly at its end. */
    public boolean isLockedAt(Instant now) {
        Objects.requireNonNull(now, "now");
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * How many whole seconds to wait at {@code now} before trying again, rounded up so that waiting
     * that long is always enough: at least 1 while locked, 0 when not locked.
     */
    public long retryAfterSeconds(Instant now) {
        if (!isLockedAt(now)) {
            return 0;
        }
        Duration left = Duration.between(now, lockedUntil);
        return left.getSeconds() + (left.getNano() > 0 ? 1 : 0);
    }

    /** The end of the lock in force at {@code now}; empty when not locked. */
    public Optional<Instant> lockedUntilAt(Instant now) {
        return isLockedAt(now) ? Optional.of(lockedUntil) : Optional.empty();
    }

    /**
     * These attempts after one more failed login at {@code now}: one more failure in a row and, if
     * {@code policy} locks for that many, a lock from {@code now}. A lock in force is never shortened:
     * of the two ends, the later one counts.
     */
    public LoginAttempts afterFailure(Instant now, LockoutPolicy policy) {
        Objects.requireNonNull(now, "now");
        Objects.requireNonNull(policy, "policy");
        int failures = Math.addExact(consecutiveFailures, 1);
        Instant until = policy.lockFor(failures)
                .map(now::plus)
                .map(end -> lockedUntil != null && lockedUntil.isAfter(end) ? lockedUntil : end)
                .orElse(lockedUntil);
        return new LoginAttempts(failures, until);
    }

    /** After a successful login, a password reset or an admin's unlock: no failure, no lock. */
    public LoginAttempts cleared() {
        return NONE;
    }
}

package turgus.application.account.port.out;

import java.time.Instant;
import turgus.domain.account.lockout.LockoutPolicy;
import turgus.domain.account.lockout.LoginAttempts;

/**
 * Failed logins in a row per {@link LoginKey}, kept in the database so that every instance sees the
 * same count and a restart lifts no lock.
 */
public interface LoginAttemptsRepository {
    /** The attempts counted for {@code key}; {@link LoginAttempts#NONE} when nothing was counted. */
    LoginAttempts find(LoginKey key);

    /**
     * Counts one more failure at {@code now} and answers the attempts as they are after it. Atomic:
     * failures recorded at the same moment by many callers, on any instance, are all counted, and a
     * lock in force is never shortened ({@link LoginAttempts#afterFailure}). Call it outside a unit
     * of work: it runs its own.
     */
    LoginAttempts recordFailure(LoginKey key, Instant now, LockoutPolicy policy);

    /** Forgets the failures and lifts the lock of {@code key} (a successful login, a reset, an unlock). */
    void clear(LoginKey key);

    /**
     * Forgets the attempts of login names that match no account whose last failure was before {@code
     * before} and whose lock, if any, has lifted by {@code now}: guesses at made-up names must not pile
     * up for ever. Accounts' attempts are kept.
     *
     * @return how many names were forgotten
     */
    int forgetStaleNames(Instant before, Instant now);
}

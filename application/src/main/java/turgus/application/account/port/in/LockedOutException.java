package turgus.application.account.port.in;

import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * Too many failed logins in a row: no password is checked until the lock lifts. The same answer
 * whether or not the name belongs to an account. Its one detail, {@code retryAfterSeconds}, is the
 * whole seconds to wait.
 */
public class LockedOutException extends Refusal {
    private final long retryAfterSeconds;

    public LockedOutException(long retryAfterSeconds) {
        super(
                RefusalReason.LOCKED_OUT,
                details("retryAfterSeconds", retryAfterSeconds),
                "Too many failed logins. Try again in " + describe(retryAfterSeconds) + ".");
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("A lock lasts at least a second: " + retryAfterSeconds);
        }
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds to wait; waiting that long is always enough. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    static String describe(long seconds) {
        if (seconds < 60) {
            return seconds == 1 ? "1 second" : seconds + " seconds";
        }
        long minutes = (seconds + 59) / 60;
        if (minutes < 60) {
            return minutes == 1 ? "1 minute" : minutes + " minutes";
        }
        long hours = (minutes + 59) / 60;
        return hours == 1 ? "1 hour" : hours + " hours";
    }
}

package turgus.application.shared;

import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * The shop has more of some costly work waiting (password checks) than it takes on at once: nothing
 * was done, and the same request may simply be sent again later. Its one detail, {@code
 * retryAfterSeconds}, is an estimate of the whole seconds until the waiting work has drained.
 */
public class ServerBusyException extends Refusal {
    private final long retryAfterSeconds;

    public ServerBusyException(long retryAfterSeconds) {
        super(
                RefusalReason.SERVER_BUSY,
                details("retryAfterSeconds", retryAfterSeconds),
                "Too much work waiting; retry in " + retryAfterSeconds + " s");
        if (retryAfterSeconds < 1) {
            throw new IllegalArgumentException("A wait lasts at least a second: " + retryAfterSeconds);
        }
        this.retryAfterSeconds = retryAfterSeconds;
    }

    /** Whole seconds after which the request stands a good chance. */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}

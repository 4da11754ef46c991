package turgus.application.availability;

import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * The shop cannot reach what it keeps its data in (the database is down or out of connections):
 * nothing was changed, and the same request may succeed after a short wait.
 */
public final class ServiceUnavailable extends Refusal {
    /** How long a client should wait before it tries again. */
    public static final long RETRY_AFTER_SECONDS = 5;

    public ServiceUnavailable(Throwable cause) {
        super(
                RefusalReason.SERVICE_UNAVAILABLE,
                details("retryAfterSeconds", RETRY_AFTER_SECONDS),
                "The database cannot be reached: " + cause);
        initCause(cause);
    }
}

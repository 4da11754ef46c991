package turgus.application.audit.port.in;

import java.time.Duration;

/** Deletes the event-log entries older than the retention; answers how many. */
public interface PurgeOldEventsUseCase {
    int purgeOlderThan(Duration retention);
}

package turgus.application.audit.port.out;

import java.time.Instant;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;

/** Reading and pruning the event log that {@link AuditLog} writes. */
public interface EventLogStore {
    /** The entries that match, newest first (by time, then by id). */
    Page<LoggedEvent> find(EventFilter filter, PageRequest page);

    /** Deletes every entry from before {@code cutoff}; answers how many. */
    int deleteBefore(Instant cutoff);
}

package turgus.application.audit;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import turgus.application.audit.port.in.BrowseEventsQuery;
import turgus.application.audit.port.in.PurgeOldEventsUseCase;
import turgus.application.audit.port.in.RecordUnexpectedErrorUseCase;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.audit.port.out.EventDetails;
import turgus.application.audit.port.out.EventFilter;
import turgus.application.audit.port.out.EventLogStore;
import turgus.application.audit.port.out.LoggedEvent;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;

/** The event log for the admins: listing it, pruning it, and noting the server's own failures. */
@Singleton
public final class EventLogService implements BrowseEventsQuery, PurgeOldEventsUseCase, RecordUnexpectedErrorUseCase {
    private final EventLogStore store;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public EventLogService(EventLogStore store, AuditLog audit, Transactions transactions, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Page<LoggedEvent> browse(EventFilter filter, PageRequest page) {
        return store.find(Objects.requireNonNull(filter, "filter"), Objects.requireNonNull(page, "page"));
    }

    @Override
    public List<String> types() {
        return Arrays.stream(AuditEventType.values()).map(Enum::name).toList();
    }

    @Override
    public int purgeOlderThan(Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("The event retention must be positive: " + retention);
        }
        return store.deleteBefore(clock.instant().minus(retention));
    }

    @Override
    public void recordUnexpectedError(String errorId, String method, String path, UserId user, String ip) {
        String details = EventDetails.of("errorId", errorId)
                .and("method", method)
                .and("path", path)
                .toString();
        transactions.run(() -> audit.record(
                new AuditEvent(clock.instant(), AuditEventType.UNEXPECTED_ERROR, user, null, ip, details)));
    }
}

package turgus.persistence.audit;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.audit.port.out.EventFilter;
import turgus.application.audit.port.out.EventLogStore;
import turgus.application.audit.port.out.LoggedEvent;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;

/**
 * The event log in {@code event_log}. An entry is written in the caller's unit of work when there is
 * one (and rolls back with it), else on its own. Searched newest first, and pruned by time.
 */
@Singleton
public final class JdbcAuditLog implements AuditLog, EventLogStore {
    static final int MAX_IP_LENGTH = 100;
    /** The bounds of a time range left open: before and after any entry the shop can have. */
    static final Instant EARLIEST = Instant.parse("1970-01-01T00:00:00Z");

    static final Instant LATEST = Instant.parse("9999-12-31T00:00:00Z");

    private final EventLogRowRepository rows;

    JdbcAuditLog(EventLogRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public void record(AuditEvent event) {
        rows.save(new EventLogRow(
                null,
                DatabaseTime.of(event.at()),
                event.type().name(),
                event.actor().map(UserId::value).orElse(null),
                event.subject().map(UserId::value).orElse(null),
                cut(event.ip()),
                event.details()));
    }

    private static String cut(String ip) {
        return ip == null || ip.length() <= MAX_IP_LENGTH ? ip : ip.substring(0, MAX_IP_LENGTH);
    }

    @Override
    public Page<LoggedEvent> find(EventFilter filter, PageRequest page) {
        Instant from = filter.from().map(DatabaseTime::of).orElse(EARLIEST);
        Instant to = filter.to().map(DatabaseTime::of).orElse(LATEST);
        String type = filter.type().map(Enum::name).orElse(null);
        Long actor = filter.actor().map(UserId::value).orElse(null);
        List<EventLogRow> found;
        long total;
        if (filter.subject().isPresent()) {
            long subject = filter.subject().get().value();
            found = rows.findOfSubject(subject, from, to, type, actor, page.size(), page.offset());
            total = rows.countOfSubject(subject, from, to, type, actor);
        } else if (actor != null) {
            found = rows.findOfActor(actor, from, to, type, page.size(), page.offset());
            total = rows.countOfActor(actor, from, to, type);
        } else if (type != null) {
            found = rows.findOfType(type, from, to, page.size(), page.offset());
            total = rows.countOfType(type, from, to);
        } else {
            found = rows.findInRange(from, to, page.size(), page.offset());
            total = rows.countInRange(from, to);
        }
        return Page.of(found.stream().map(JdbcAuditLog::event).toList(), page, total);
    }

    @Override
    public int deleteBefore(Instant cutoff) {
        return rows.deleteBefore(DatabaseTime.of(cutoff));
    }

    private static LoggedEvent event(EventLogRow row) {
        return new LoggedEvent(row.id(), row.at(), row.type(), row.actorId(), row.subjectId(), row.ip(), row.details());
    }
}

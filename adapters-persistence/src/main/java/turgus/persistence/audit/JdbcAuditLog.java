package turgus.persistence.audit;

import jakarta.inject.Singleton;
import java.util.Objects;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditLog;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;

/**
 * The event log in {@code event_log}. An entry is written in the caller's unit of work when there is
 * one (and rolls back with it), else on its own.
 */
@Singleton
public final class JdbcAuditLog implements AuditLog {
    static final int MAX_IP_LENGTH = 100;

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
}

package turgus.application.testing

import turgus.application.audit.port.out.AuditEvent
import turgus.application.audit.port.out.AuditEventType
import turgus.application.audit.port.out.AuditLog

/** The event log as a list, for specs that check what was recorded. */
class InMemoryAuditLog implements AuditLog {
    final List<AuditEvent> events = Collections.synchronizedList([])

    @Override
    void record(AuditEvent event) {
        events << event
    }

    /** The one event recorded; fails when there is not exactly one. */
    AuditEvent only() {
        assert events.size() == 1
        events[0]
    }

    List<AuditEventType> types() {
        events*.type()
    }

    List<AuditEvent> ofType(AuditEventType type) {
        events.findAll { it.type() == type }
    }
}

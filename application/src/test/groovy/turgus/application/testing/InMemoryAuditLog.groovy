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

    List<AuditEventType> types() {
        events*.type()
    }

    List<AuditEvent> ofType(AuditEventType type) {
        events.findAll { it.type() == type }
    }
}

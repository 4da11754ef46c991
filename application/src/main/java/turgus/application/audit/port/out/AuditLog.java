package turgus.application.audit.port.out;

/**
 * The shop's event log: who did what to whom, when and from where. Security events are written by
 * the use cases as they happen; an admin searches them later.
 */
public interface AuditLog {
    void record(AuditEvent event);
}

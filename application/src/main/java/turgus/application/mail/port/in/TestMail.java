package turgus.application.mail.port.in;

/**
 * Where a test mail stands.
 *
 * @param error why the last attempt failed, in plain words; null unless FAILED
 */
public record TestMail(long id, String to, Status status, String error) {
    public enum Status {
        /** Waiting for its first delivery. */
        QUEUED,
        /** Handed to the mail server (or, without one, written to the outbox). */
        SENT,
        /** The last attempt failed; the queue tries again on its usual schedule until it gives up. */
        FAILED
    }
}

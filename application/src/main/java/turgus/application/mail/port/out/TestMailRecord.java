package turgus.application.mail.port.out;

/**
 * A test mail as the queue keeps it.
 *
 * @param sent whether it was handed to the mail server (or written to the outbox)
 * @param givenUp whether the queue stopped trying
 * @param lastError the last failed attempt's short error, or null
 */
public record TestMailRecord(long id, String to, boolean sent, boolean givenUp, String lastError) {}

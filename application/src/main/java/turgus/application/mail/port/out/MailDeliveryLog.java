package turgus.application.mail.port.out;

import java.time.Instant;

/**
 * Where the dispatcher reports mails that did not go out, for whoever runs the shop. Reports name
 * the mail (id, recipient, subject), never its body: that may hold a code or a link.
 */
public interface MailDeliveryLog {
    /** The {@code attempts}-th attempt failed; the next comes at {@code nextAttemptAt}. */
    void willRetry(QueuedMail mail, int attempts, String error, Instant nextAttemptAt);

    /** The {@code attempts}-th attempt failed too, and the mail is given up. */
    void gaveUp(QueuedMail mail, int attempts, String error);
}

package turgus.application.mail.port.out;

import java.time.Instant;
import java.util.Objects;

/**
 * A mail waiting in the queue, as a dispatcher has claimed it.
 *
 * @param id the queue's id of the mail
 * @param attempts how many deliveries have failed so far
 */
public record QueuedMail(long id, MailMessage message, int attempts, Instant createdAt) {
    public QueuedMail {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(createdAt, "createdAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("Attempts are counted from zero: " + attempts);
        }
    }
}

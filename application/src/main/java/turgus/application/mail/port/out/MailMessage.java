package turgus.application.mail.port.out;

import java.util.Objects;

/** A plain-text mail to one address. */
public record MailMessage(String to, String subject, String textBody) {
    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(textBody, "textBody");
        if (to.isBlank()) {
            throw new IllegalArgumentException("A mail goes to an address");
        }
    }

    /** Without the body, which may hold a code or a link that must not reach a log. */
    @Override
    public String toString() {
        return "MailMessage[to=" + to + ", subject=" + subject + "]";
    }
}

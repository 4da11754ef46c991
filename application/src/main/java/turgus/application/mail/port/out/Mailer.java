package turgus.application.mail.port.out;

/**
 * Sends mail: over SMTP when the shop is configured for it, else into the data folder's outbox. An
 * adapter that cannot hand the mail over throws.
 */
public interface Mailer {
    void send(MailMessage message);
}

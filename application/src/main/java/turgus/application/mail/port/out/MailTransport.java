package turgus.application.mail.port.out;

/**
 * Delivers one mail now: hands it to the SMTP server, or writes it into the outbox folder of a shop
 * without one. Throws {@link MailNotDeliveredException} (or another runtime exception) when the mail
 * could not be handed over; the caller decides whether to try again.
 */
public interface MailTransport {
    void deliver(MailMessage message);
}

package turgus.application.mail.port.out;

/**
 * Accepts a mail for delivery once the current unit of work commits. Inside {@code
 * Transactions.inTransaction} the mail joins that unit, so a rollback drops it with everything else;
 * outside one it is accepted at once. Nothing is delivered while the caller waits: a mail server
 * that is slow, down or merely far away neither slows a request nor makes it fail, and an answer
 * takes as long whether a mail was accepted or not. Delivery, with retries, happens later ({@code
 * DispatchMailUseCase}).
 */
public interface Mailer {
    void send(MailMessage message);
}

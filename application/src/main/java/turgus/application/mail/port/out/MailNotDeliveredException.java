package turgus.application.mail.port.out;

/** A transport could not hand a mail over: the server refused it or could not be reached. */
public class MailNotDeliveredException extends RuntimeException {
    public MailNotDeliveredException(String message, Throwable cause) {
        super(message, cause);
    }
}

package turgus.application.mail.port.out;

/**
 * A transport could not hand a mail over: the server refused it or could not be reached. A
 * permanent refusal (say, a mailbox that does not exist) will not change by waiting, so the mail is
 * given up at once instead of being retried for a day and a half.
 */
public class MailNotDeliveredException extends RuntimeException {
    private final boolean permanent;

    public MailNotDeliveredException(String message, Throwable cause) {
        this(message, cause, false);
    }

    public MailNotDeliveredException(String message, Throwable cause, boolean permanent) {
        super(message, cause);
        this.permanent = permanent;
    }

    /** Whether trying again cannot help. */
    public boolean isPermanent() {
        return permanent;
    }
}

package turgus.application.mail.port.in;

import turgus.domain.account.UserId;

/**
 * An admin checks the mail settings: a short mail to any address, queued through the normal mail
 * path and recorded in the event log ({@code TEST_MAIL_SENT}). An address that is not one is refused
 * on the field {@code to}.
 */
public interface SendTestMailUseCase {
    /** Answers the id under which {@link ShowTestMailQuery} follows the mail. */
    long sendTestMail(String to, UserId admin, String ip);
}

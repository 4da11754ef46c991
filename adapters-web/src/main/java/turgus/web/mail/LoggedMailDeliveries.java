package turgus.web.mail;

import jakarta.inject.Singleton;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.mail.port.out.MailDeliveryLog;
import turgus.application.mail.port.out.QueuedMail;

/**
 * Mails that did not go out, in the application log: id, recipient, subject, attempt and the short
 * error, never the body (it may hold a code or a link). A retry is a warning; giving up is an error,
 * as someone did not get a mail they were promised.
 */
@Singleton
public class LoggedMailDeliveries implements MailDeliveryLog {
    private static final Logger LOG = LoggerFactory.getLogger(LoggedMailDeliveries.class);

    @Override
    public void willRetry(QueuedMail mail, int attempts, String error, Instant nextAttemptAt) {
        LOG.warn(
                "Mail {} to {} ({}) not delivered, attempt {}: {}; next attempt at {}",
                mail.id(),
                mail.message().to(),
                mail.message().subject(),
                attempts,
                error,
                nextAttemptAt);
    }

    @Override
    public void gaveUp(QueuedMail mail, int attempts, String error) {
        LOG.error(
                "Mail {} to {} ({}) given up after {} attempts: {}",
                mail.id(),
                mail.message().to(),
                mail.message().subject(),
                attempts,
                error);
    }
}

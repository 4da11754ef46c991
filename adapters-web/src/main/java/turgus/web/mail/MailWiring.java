package turgus.web.mail;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.mail.MailRetryPolicy;
import turgus.application.mail.port.out.MailTransport;
import turgus.application.mail.port.out.Mailer;

/**
 * Mail in two halves. The use cases' {@link Mailer} only queues, in their unit of work; {@link
 * MailDispatchJob} delivers through one {@link MailTransport}: SMTP when {@code shop.mail.host} is
 * set, otherwise the outbox folder.
 */
@Factory
public class MailWiring {
    private static final Logger LOG = LoggerFactory.getLogger(MailWiring.class);

    @Singleton
    public MailTransport transport(
            MailSettings settings, @Value("${shop.data-dir:./data}") String dataDir, Clock clock) {
        if (settings.smtpConfigured()) {
            LOG.info("Mail goes over SMTP: {}", settings);
            return new SmtpTransport(settings, clock);
        }
        Path outbox = Path.of(dataDir, "outbox");
        LOG.info("No mail server is configured (SHOP_MAIL_HOST): mails are written to {}", outbox.toAbsolutePath());
        return new OutboxFolderTransport(outbox, settings.from(), clock);
    }

    /** How often and how long a mail that could not be delivered is tried again. */
    @Singleton
    public MailRetryPolicy retryPolicy() {
        return MailRetryPolicy.DEFAULT;
    }
}

package turgus.web.mail;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.mail.port.out.Mailer;

/** One {@link Mailer}: SMTP when {@code shop.mail.host} is set, otherwise the outbox folder. */
@Factory
public class MailWiring {
    private static final Logger LOG = LoggerFactory.getLogger(MailWiring.class);

    @Singleton
    public Mailer mailer(MailSettings settings, @Value("${shop.data-dir:./data}") String dataDir, Clock clock) {
        if (settings.smtpConfigured()) {
            LOG.info("Mail goes over SMTP: {}", settings);
            return new SmtpMailer(settings, clock);
        }
        Path outbox = Path.of(dataDir, "outbox");
        LOG.info("No mail server is configured (SHOP_MAIL_HOST): mails are written to {}", outbox.toAbsolutePath());
        return new OutboxMailer(outbox, settings.from(), clock);
    }
}

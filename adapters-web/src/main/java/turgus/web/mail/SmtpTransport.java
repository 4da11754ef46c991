package turgus.web.mail;

import jakarta.mail.Authenticator;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.MailNotDeliveredException;
import turgus.application.mail.port.out.MailTransport;

/**
 * Hands mail to an SMTP server with Jakarta Mail, as {@link MailSettings} say. Called by the mail
 * dispatcher, never while a request waits; every connect, read and write gives up after 10 seconds,
 * so a server that hangs holds the dispatcher only so long.
 */
public class SmtpTransport implements MailTransport {
    private static final Logger LOG = LoggerFactory.getLogger(SmtpTransport.class);
    static final int TIMEOUT_MILLIS = 10_000;

    private final Session session;
    private final String from;
    private final Clock clock;

    public SmtpTransport(MailSettings settings, Clock clock) {
        this.session = session(settings);
        this.from = settings.from();
        this.clock = clock;
    }

    static Session session(MailSettings settings) {
        Properties properties = new Properties();
        properties.put("mail.transport.protocol", "smtp");
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", String.valueOf(settings.port()));
        properties.put("mail.smtp.connectiontimeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", String.valueOf(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", String.valueOf(TIMEOUT_MILLIS));
        if (settings.startTls()) {
            properties.put("mail.smtp.starttls.enable", "true");
            properties.put("mail.smtp.starttls.required", "true");
        }
        if (settings.username().isEmpty()) {
            return Session.getInstance(properties);
        }
        properties.put("mail.smtp.auth", "true");
        return Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(settings.username(), settings.password());
            }
        });
    }

    @Override
    public void deliver(MailMessage mail) {
        try {
            Transport.send(MimeMails.compose(session, mail, from, clock));
            LOG.info("Mail to {} ({}) handed to the SMTP server", mail.to(), mail.subject());
        } catch (MessagingException failed) {
            throw new MailNotDeliveredException(
                    "The mail to " + mail.to() + " could not be sent", failed, isPermanent(failed));
        }
    }

    /**
     * Whether the server refused the recipient for good. Jakarta Mail files a recipient the server
     * answered with a 5xx code under "invalid addresses", and one refused for now (4xx) under "valid
     * unsent"; a mail has one recipient, so an invalid one means waiting cannot help. A failure to
     * connect or to sign in is never permanent: it may be fixed by the next attempt or the settings.
     */
    static boolean isPermanent(MessagingException failed) {
        return failed instanceof SendFailedException refused
                && refused.getInvalidAddresses() != null
                && refused.getInvalidAddresses().length > 0;
    }
}

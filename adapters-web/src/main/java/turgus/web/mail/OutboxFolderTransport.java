package turgus.web.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.MailNotDeliveredException;
import turgus.application.mail.port.out.MailTransport;

/**
 * The transport of a shop without a mail server: every mail becomes an {@code .eml} file in the data
 * folder's {@code outbox/} (any mail program opens it) and a log line names the file. The file appears
 * whole (written aside, then moved), so whoever watches the folder never reads half a mail. The body
 * is not logged: it may hold a code or a reset link.
 */
public class OutboxFolderTransport implements MailTransport {
    private static final Logger LOG = LoggerFactory.getLogger(OutboxFolderTransport.class);
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final Path folder;
    private final String from;
    private final Clock clock;
    private final Session session = Session.getInstance(new Properties());
    private final SecureRandom random = new SecureRandom();

    public OutboxFolderTransport(Path folder, String from, Clock clock) {
        this.folder = folder.toAbsolutePath().normalize();
        this.from = from;
        this.clock = clock;
    }

    public Path folder() {
        return folder;
    }

    @Override
    public void deliver(MailMessage mail) {
        try {
            MimeMessage message = MimeMails.compose(session, mail, from, clock);
            Files.createDirectories(folder);
            byte[] id = new byte[6];
            random.nextBytes(id);
            Path file = folder.resolve(
                    STAMP.format(clock.instant()) + "-" + HexFormat.of().formatHex(id) + ".eml");
            Path temporary = Files.createTempFile(folder, "mail-", ".tmp");
            try {
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    message.writeTo(out);
                }
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
            LOG.info("No mail server is configured: mail to {} ({}) written to {}", mail.to(), mail.subject(), file);
        } catch (IOException unwritable) {
            throw new MailNotDeliveredException("Could not write a mail to " + folder, unwritable);
        } catch (MessagingException malformed) {
            throw new MailNotDeliveredException("Could not compose the mail " + mail, malformed);
        }
    }
}

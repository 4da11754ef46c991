package turgus.web.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import turgus.application.mail.port.out.MailMessage;

/** Turns the application's mail into a MIME message: UTF-8 plain text, with a sender and a date. */
final class MimeMails {
    private MimeMails() {}

    static MimeMessage compose(Session session, MailMessage mail, String from, Clock clock) throws MessagingException {
        MimeMessage message = new MimeMessage(session);
        message.setFrom(new InternetAddress(from, true));
        message.setRecipients(MimeMessage.RecipientType.TO, InternetAddress.parse(mail.to(), true));
        message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
        message.setSentDate(Date.from(clock.instant()));
        message.setText(mail.textBody(), StandardCharsets.UTF_8.name(), "plain");
        message.saveChanges();
        return message;
    }
}

package turgus.web.mail

import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.ServerSetup
import jakarta.mail.Session
import jakarta.mail.internet.MimeMessage
import spock.lang.Specification
import turgus.application.mail.port.out.MailMessage

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock

/** The two mailers: over SMTP to a real server in this process, and into the outbox folder. */
class MailerSpec extends Specification {
    static final MailMessage MAIL = new MailMessage('jane@example.com', 'Your code: żółw', "Hello,\n\nyour code is 042917.\n")

    void "the SMTP mailer hands a plain-text UTF-8 mail to the server, signing in when a username is set"() {
        given:
        GreenMail server = new GreenMail(new ServerSetup(0, '127.0.0.1', ServerSetup.PROTOCOL_SMTP))
        server.start()
        server.setUser('shop@example.com', 'shop-user', 'secret-pass')
        MailSettings settings = new MailSettings('127.0.0.1', server.smtp.port, 'shop-user', 'secret-pass',
                'Turgus <shop@example.com>', false)

        when:
        new SmtpMailer(settings, Clock.systemUTC()).send(MAIL)
        server.waitForIncomingEmail(5000, 1)
        MimeMessage received = server.receivedMessages[0]

        then:
        received.allRecipients*.toString() == ['jane@example.com']
        received.from*.toString() == ['Turgus <shop@example.com>']
        received.subject == 'Your code: żółw'
        received.contentType.startsWith('text/plain')
        received.contentType.toLowerCase().contains('utf-8')
        (received.content as String).replace('\r\n', '\n').strip() == MAIL.textBody().strip()

        cleanup:
        server?.stop()
    }

    void "the SMTP mailer says so when the server cannot be reached"() {
        given:
        int closedPort = new ServerSocket(0).withCloseable { it.localPort }
        MailSettings settings = new MailSettings('127.0.0.1', closedPort, '', '', '', false)

        when:
        new SmtpMailer(settings, Clock.systemUTC()).send(MAIL)

        then:
        thrown(SmtpMailer.MailNotSentException)
    }

    void "without a mail server each mail becomes an .eml file in the outbox"() {
        given:
        Path folder = Files.createTempDirectory('outbox-spec').resolve('outbox')
        OutboxMailer mailer = new OutboxMailer(folder, MailSettings.DEFAULT_FROM, Clock.systemUTC())

        when:
        mailer.send(MAIL)
        mailer.send(new MailMessage('bob@example.com', 'Second', 'Two'))
        List<Path> files = Files.list(folder).withCloseable { it.toList() }

        then:
        files.size() == 2
        files.every { it.fileName.toString().endsWith('.eml') }

        when:
        MimeMessage written = files.collect { f -> Files.newInputStream(f).withCloseable { new MimeMessage(Session.getInstance(new Properties()), it) } }
                .find { it.subject == MAIL.subject() }

        then:
        written.allRecipients*.toString() == ['jane@example.com']
        written.from*.toString() == [MailSettings.DEFAULT_FROM]
        written.contentType.startsWith('text/plain')
        (written.content as String).replace('\r\n', '\n') == MAIL.textBody()
    }

    void "the wiring picks SMTP only when a host is set"() {
        given:
        String data = Files.createTempDirectory('wiring').toString()

        expect:
        new MailWiring().mailer(new MailSettings('', 25, '', '', '', true), data, Clock.systemUTC()) instanceof OutboxMailer
        new MailWiring().mailer(new MailSettings('smtp.example.com', 25, '', '', '', true), data, Clock.systemUTC()) instanceof SmtpMailer
    }
}

package turgus.web.mail

import com.icegreen.greenmail.util.GreenMail
import com.icegreen.greenmail.util.ServerSetup
import jakarta.mail.Address
import jakarta.mail.AuthenticationFailedException
import jakarta.mail.MessagingException
import jakarta.mail.SendFailedException
import jakarta.mail.Session
import jakarta.mail.internet.InternetAddress
import jakarta.mail.internet.MimeMessage
import spock.lang.Specification
import spock.lang.TempDir
import turgus.application.mail.MailRetryPolicy
import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.MailNotDeliveredException

import java.nio.file.Files
import java.nio.file.Path
import java.time.Clock

/** The two transports: over SMTP to a real server in this process, and into the outbox folder. */
class MailTransportSpec extends Specification {
    /** A folder of each feature's own, removed after it. */
    @TempDir
    Path temporary

    static final MailMessage MAIL = new MailMessage('jane@example.com', 'Your code: żółw', "Hello,\n\nyour code is 042917.\n")

    void "the SMTP transport hands a plain-text UTF-8 mail to the server, signing in when a username is set"() {
        given:
        GreenMail server = new GreenMail(new ServerSetup(0, '127.0.0.1', ServerSetup.PROTOCOL_SMTP))
        server.start()
        server.setUser('shop@example.com', 'shop-user', 'secret-pass')
        MailSettings settings = new MailSettings('127.0.0.1', server.smtp.port, 'shop-user', 'secret-pass',
                'Turgus <shop@example.com>', false)

        when:
        new SmtpTransport(settings, Clock.systemUTC()).deliver(MAIL)
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

    void "the SMTP transport says so when the server cannot be reached"() {
        given:
        int closedPort = new ServerSocket(0).withCloseable { it.localPort }
        MailSettings settings = new MailSettings('127.0.0.1', closedPort, '', '', '', false)

        when:
        new SmtpTransport(settings, Clock.systemUTC()).deliver(MAIL)

        then:
        MailNotDeliveredException refused = thrown()
        refused.message == 'The mail to jane@example.com could not be sent'
    }

    void "a recipient the server refused for good is a permanent failure; anything else may pass later: #what"() {
        expect:
        SmtpTransport.isPermanent(failure) == permanent

        where:
        what                         | failure                                                                                                   || permanent
        'recipient refused (5xx)'    | new SendFailedException('550 no such user', null, new Address[0], new Address[0], [new InternetAddress('x@example.com')] as Address[]) || true
        'recipient deferred (4xx)'   | new SendFailedException('450 try later', null, new Address[0], [new InternetAddress('x@example.com')] as Address[], new Address[0])   || false
        'no addresses named'         | new SendFailedException('refused')                                                                        || false
        'server unreachable'         | new MessagingException('Could not connect')                                                               || false
        'sign-in refused'            | new AuthenticationFailedException('535 bad credentials')                                                  || false
    }

    void "without a mail server each mail becomes an .eml file in the outbox"() {
        given:
        Path folder = temporary.resolve('outbox')
        OutboxFolderTransport transport = new OutboxFolderTransport(folder, MailSettings.DEFAULT_FROM, Clock.systemUTC())

        when:
        transport.deliver(MAIL)
        transport.deliver(new MailMessage('bob@example.com', 'Second', 'Two'))
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

    void "an outbox folder that cannot be written is a failed delivery, to be tried again"() {
        given:
        Path notAFolder = Files.createFile(temporary.resolve('not-a-folder.txt'))

        when:
        new OutboxFolderTransport(notAFolder, MailSettings.DEFAULT_FROM, Clock.systemUTC()).deliver(MAIL)

        then:
        thrown(MailNotDeliveredException)
    }

    void "the wiring picks SMTP only when a host is set, and retries by the product's policy"() {
        given:
        String data = temporary.toString()
        MailWiring wiring = new MailWiring()

        expect:
        wiring.transport(new MailSettings('', 25, '', '', '', true), data, Clock.systemUTC()) instanceof OutboxFolderTransport
        wiring.transport(new MailSettings('smtp.example.com', 25, '', '', '', true), data, Clock.systemUTC()) instanceof SmtpTransport
        wiring.retryPolicy() == MailRetryPolicy.DEFAULT
    }
}

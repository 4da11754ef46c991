package turgus.web.mail

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import org.slf4j.LoggerFactory
import spock.lang.Specification
import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.QueuedMail

import java.time.Instant

/** Undelivered mails are logged by who, what and why, never by their body (a code, a link). */
class LoggedMailDeliveriesSpec extends Specification {
    static final QueuedMail MAIL = new QueuedMail(7, new MailMessage('ann@example.com', 'Reset your Turgus password',
            'https://shop.example.com/password/reset?token=SECRET-TOKEN'), 2, Instant.parse('2026-11-21T10:00:00Z'))

    Logger logger = LoggerFactory.getLogger(LoggedMailDeliveries) as Logger
    ListAppender<ILoggingEvent> appender = new ListAppender<>()

    def setup() {
        appender.start()
        logger.addAppender(appender)
    }

    def cleanup() {
        logger.detachAppender(appender)
    }

    def "a retry is a warning and giving up an error, each naming the mail but not its body"() {
        given:
        def log = new LoggedMailDeliveries()

        when:
        log.willRetry(MAIL, 3, 'MailNotDeliveredException: refused', Instant.parse('2026-11-21T10:30:00Z'))
        log.gaveUp(MAIL, 10, 'MailNotDeliveredException: refused')

        then:
        appender.list*.level == [Level.WARN, Level.ERROR]
        appender.list*.formattedMessage == [
                'Mail 7 to ann@example.com (Reset your Turgus password) not delivered, attempt 3: MailNotDeliveredException: refused; next attempt at 2026-11-21T10:30:00Z',
                'Mail 7 to ann@example.com (Reset your Turgus password) given up after 10 attempts: MailNotDeliveredException: refused']
        appender.list.every { !it.formattedMessage.contains('SECRET-TOKEN') && it.throwableProxy == null }
    }
}

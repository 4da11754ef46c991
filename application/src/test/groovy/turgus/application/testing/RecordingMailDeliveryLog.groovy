package turgus.application.testing

import java.time.Instant
import turgus.application.mail.port.out.MailDeliveryLog
import turgus.application.mail.port.out.QueuedMail

/** Keeps each report as a map, for specs to read. */
class RecordingMailDeliveryLog implements MailDeliveryLog {
    final List<Map> retries = Collections.synchronizedList([])
    final List<Map> givenUp = Collections.synchronizedList([])

    @Override
    void willRetry(QueuedMail mail, int attempts, String error, Instant nextAttemptAt) {
        retries << [id: mail.id(), to: mail.message().to(), attempts: attempts, error: error, next: nextAttemptAt]
    }

    @Override
    void gaveUp(QueuedMail mail, int attempts, String error) {
        givenUp << [id: mail.id(), to: mail.message().to(), attempts: attempts, error: error]
    }
}

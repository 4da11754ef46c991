package turgus.web.mail

import io.micronaut.context.annotation.Replaces
import io.micronaut.context.annotation.Requires
import io.micronaut.context.annotation.Value
import jakarta.inject.Singleton
import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.MailTransport

import java.nio.file.Path
import java.time.Clock
import java.util.concurrent.atomic.AtomicInteger

/**
 * The outbox-folder transport of {@link MailQueueSpec}, which a feature can make refuse every mail
 * (a mail server that is down), and which counts the attempts it was given.
 */
@Singleton
@Requires(property = 'spec.name', value = 'MailQueueSpec')
@Replaces(bean = MailTransport, factory = MailWiring)
class SwitchableMailTransport implements MailTransport {
    final AtomicInteger attempts = new AtomicInteger()
    volatile RuntimeException refusal
    private final OutboxFolderTransport outbox

    SwitchableMailTransport(@Value('${shop.data-dir}') String dataDir, MailSettings settings, Clock clock) {
        outbox = new OutboxFolderTransport(Path.of(dataDir, 'outbox'), settings.from(), clock)
    }

    @Override
    void deliver(MailMessage message) {
        attempts.incrementAndGet()
        if (refusal != null) {
            throw refusal
        }
        outbox.deliver(message)
    }
}

package turgus.application.mail;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Objects;
import turgus.application.mail.port.out.MailMessage;
import turgus.application.mail.port.out.MailQueue;
import turgus.application.mail.port.out.Mailer;

/**
 * The {@link Mailer} of the shop: every mail goes into the queue, due at once, in the caller's unit of
 * work; {@link MailDispatchService} delivers it after the commit.
 */
@Singleton
public final class QueueingMailer implements Mailer {
    private final MailQueue queue;
    private final Clock clock;

    public QueueingMailer(MailQueue queue, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void send(MailMessage message) {
        queue.enqueue(Objects.requireNonNull(message, "message"), clock.instant());
    }
}

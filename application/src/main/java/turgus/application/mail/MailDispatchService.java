package turgus.application.mail;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.application.mail.port.in.DispatchMailUseCase;
import turgus.application.mail.port.in.PurgeSentMailUseCase;
import turgus.application.mail.port.out.MailDeliveryLog;
import turgus.application.mail.port.out.MailNotDeliveredException;
import turgus.application.mail.port.out.MailQueue;
import turgus.application.mail.port.out.MailTransport;
import turgus.application.mail.port.out.QueuedMail;

/**
 * Delivers queued mails. A run claims a batch of due mails, then hands each to the transport outside
 * any database transaction (a mail server may take seconds; no connection or row lock waits for it),
 * and marks it sent, or counts the failure and sets the next attempt by {@link MailRetryPolicy}, or
 * gives it up. A dispatcher that dies between delivering and marking leaves its claim to run out, and
 * the mail goes out again then: at least once, never lost.
 *
 * <p>Sent and given-up mails are kept a week (what went out, and why one did not), then purged.
 */
@Singleton
public final class MailDispatchService implements DispatchMailUseCase, PurgeSentMailUseCase {
    static final int BATCH_SIZE = 20;
    /**
     * Longer than a batch can take: the SMTP transport gives up on a server after 10 s per connect,
     * read or write, so 20 mails take well under 15 minutes even against a server that hangs.
     */
    static final Duration CLAIM_FOR = Duration.ofMinutes(15);

    static final Duration KEEP_FINISHED_FOR = Duration.ofDays(7);

    private final MailQueue queue;
    private final MailTransport transport;
    private final MailRetryPolicy policy;
    private final MailDeliveryLog log;
    private final Clock clock;

    public MailDispatchService(
            MailQueue queue, MailTransport transport, MailRetryPolicy policy, MailDeliveryLog log, Clock clock) {
        this.queue = Objects.requireNonNull(queue, "queue");
        this.transport = Objects.requireNonNull(transport, "transport");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.log = Objects.requireNonNull(log, "log");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public int dispatchDue() {
        Instant now = clock.instant();
        List<QueuedMail> claimed = queue.claimDue(now, now.plus(CLAIM_FOR), BATCH_SIZE);
        int delivered = 0;
        for (QueuedMail mail : claimed) {
            if (deliver(mail)) {
                delivered++;
            }
        }
        return delivered;
    }

    @Override
    public int purgeSent() {
        return queue.purgeFinishedBefore(clock.instant().minus(KEEP_FINISHED_FOR));
    }

    private boolean deliver(QueuedMail mail) {
        try {
            transport.deliver(mail.message());
        } catch (MailNotDeliveredException refused) {
            failed(mail, DeliveryError.describe(refused), refused.isPermanent());
            return false;
        } catch (RuntimeException failure) {
            failed(mail, DeliveryError.describe(failure), false);
            return false;
        }
        queue.markSent(mail.id(), clock.instant());
        return true;
    }

    private void failed(QueuedMail mail, String error, boolean permanent) {
        int attempts = mail.attempts() + 1;
        Instant now = clock.instant();
        Optional<Duration> wait = permanent ? Optional.empty() : policy.waitAfter(attempts);
        if (wait.isEmpty()) {
            queue.giveUp(mail.id(), error, now);
            log.gaveUp(mail, attempts, error);
            return;
        }
        Instant next = now.plus(wait.get());
        queue.recordFailedAttempt(mail.id(), error, next);
        log.willRetry(mail, attempts, error, next);
    }
}

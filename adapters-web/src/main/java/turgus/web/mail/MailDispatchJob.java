package turgus.web.mail;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.mail.port.in.DispatchMailUseCase;
import turgus.application.mail.port.in.PurgeSentMailUseCase;

/**
 * Delivers queued mails every {@code shop.mail.dispatch-interval} (2 seconds by default, so a code or
 * a reset link still arrives while its reader waits), and forgets finished ones once an hour. Claims
 * keep several instances running this at once from delivering one mail twice.
 */
@Singleton
public class MailDispatchJob {
    private static final Logger LOG = LoggerFactory.getLogger(MailDispatchJob.class);

    private final DispatchMailUseCase dispatch;
    private final PurgeSentMailUseCase purge;

    public MailDispatchJob(DispatchMailUseCase dispatch, PurgeSentMailUseCase purge) {
        this.dispatch = dispatch;
        this.purge = purge;
    }

    @Scheduled(fixedDelay = "${shop.mail.dispatch-interval:2s}", initialDelay = "${shop.mail.dispatch-interval:2s}")
    public void dispatchDue() {
        try {
            int sent = dispatch.dispatchDue();
            if (sent > 0) {
                LOG.debug("Delivered {} queued mails", sent);
            }
        } catch (RuntimeException failed) {
            // The next run tries again: the mails stay queued, and a claim runs out by itself.
            LOG.warn("Could not dispatch queued mails", failed);
        }
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "15m")
    public void purgeSent() {
        try {
            int deleted = purge.purgeSent();
            if (deleted > 0) {
                LOG.info("Forgot {} mails sent or given up over a week ago", deleted);
            }
        } catch (RuntimeException failed) {
            LOG.warn("Could not forget old mails", failed);
        }
    }
}

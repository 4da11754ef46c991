package turgus.web.account;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.account.port.in.PurgeExpiredRegistrationsUseCase;

/**
 * Deletes pending registrations whose code can no longer be typed, every {@code
 * shop.registration.purge-interval} (a minute by default). It is one conditional {@code DELETE}, so
 * several instances running it at once do no harm: whoever comes second finds nothing to delete.
 */
@Singleton
public class PurgeExpiredRegistrationsJob {
    private static final Logger LOG = LoggerFactory.getLogger(PurgeExpiredRegistrationsJob.class);

    private final PurgeExpiredRegistrationsUseCase purge;

    public PurgeExpiredRegistrationsJob(PurgeExpiredRegistrationsUseCase purge) {
        this.purge = purge;
    }

    @Scheduled(
            fixedDelay = "${shop.registration.purge-interval:1m}",
            initialDelay = "${shop.registration.purge-interval:1m}")
    public void run() {
        try {
            int deleted = purge.purgeExpired();
            if (deleted > 0) {
                LOG.info("Deleted {} expired pending registration(s)", deleted);
            }
        } catch (RuntimeException failed) {
            // The next run tries again; a database that is down for a moment must not stop the job.
            LOG.warn("Could not purge expired pending registrations", failed);
        }
    }
}

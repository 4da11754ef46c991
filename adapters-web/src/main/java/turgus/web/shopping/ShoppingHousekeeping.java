package turgus.web.shopping;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.idempotency.port.in.PurgeIdempotencyKeysUseCase;

/** Forgets idempotency keys once their 24 hours are over, so the table holds only live keys. */
@Singleton
public class ShoppingHousekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(ShoppingHousekeeping.class);

    private final PurgeIdempotencyKeysUseCase idempotencyKeys;

    public ShoppingHousekeeping(PurgeIdempotencyKeysUseCase idempotencyKeys) {
        this.idempotencyKeys = idempotencyKeys;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "10m")
    public void purgeExpiredIdempotencyKeys() {
        try {
            int deleted = idempotencyKeys.purgeExpired();
            if (deleted > 0) {
                LOG.info("Forgot {} expired idempotency keys", deleted);
            }
        } catch (RuntimeException failure) {
            LOG.warn("Could not forget expired idempotency keys", failure);
        }
    }
}

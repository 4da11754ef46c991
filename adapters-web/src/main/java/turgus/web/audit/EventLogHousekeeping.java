package turgus.web.audit;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.audit.port.in.PurgeOldEventsUseCase;

/**
 * Deletes event-log entries older than {@code shop.event-retention} (365 days by default) every
 * hour, with one conditional {@code DELETE}: several instances running it at once do no harm.
 */
@Singleton
public class EventLogHousekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(EventLogHousekeeping.class);

    private final PurgeOldEventsUseCase events;
    private final Duration retention;

    public EventLogHousekeeping(
            PurgeOldEventsUseCase events, @Value("${shop.event-retention:365d}") Duration retention) {
        if (retention.isNegative() || retention.isZero()) {
            throw new IllegalArgumentException("shop.event-retention must be a positive duration, such as 365d");
        }
        this.events = events;
        this.retention = retention;
    }

    @Scheduled(fixedDelay = "1h", initialDelay = "7m")
    public void purgeOldEvents() {
        try {
            int deleted = events.purgeOlderThan(retention);
            if (deleted > 0) {
                LOG.info("Deleted {} event-log entries older than {}", deleted, retention);
            }
        } catch (RuntimeException failed) {
            // The next run tries again: a database away for a moment must not stop the job.
            LOG.warn("Could not delete old event-log entries", failed);
        }
    }
}

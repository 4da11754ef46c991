package turgus.web.platform.ratelimit;

import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Every few minutes, forgets the buckets of addresses that have stopped asking. */
@Singleton
public class RateLimitHousekeeping {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitHousekeeping.class);
    static final int BATCH = 1000;

    private final AuthRateLimiter limiter;

    public RateLimitHousekeeping(AuthRateLimiter limiter) {
        this.limiter = limiter;
    }

    @Scheduled(fixedDelay = "5m", initialDelay = "5m")
    public void run() {
        try {
            if (limiter instanceof LocalAuthRateLimiter local) {
                local.forgetIdle();
            } else if (limiter instanceof SharedAuthRateLimiter shared) {
                shared.removeExpired(BATCH);
            }
        } catch (RuntimeException failed) {
            LOG.warn("Could not forget idle rate-limit buckets", failed);
        }
    }
}

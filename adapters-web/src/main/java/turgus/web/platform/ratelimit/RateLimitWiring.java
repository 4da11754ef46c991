package turgus.web.platform.ratelimit;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import turgus.application.security.port.out.SharedRateLimitBuckets;

/**
 * The rate limiter of the sign-in routes: shared through the database when the persistence adapter
 * offers {@link SharedRateLimitBuckets} (on PostgreSQL, where many instances may run), in memory
 * otherwise (the embedded H2 database: one instance by definition).
 */
@Factory
public class RateLimitWiring {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitWiring.class);

    @Singleton
    public AuthRateLimiter authRateLimiter(
            @Value("${shop.auth-rate-limit:60}") int perMinute, @Nullable SharedRateLimitBuckets shared) {
        RateLimit limit = new RateLimit(perMinute);
        if (shared != null) {
            LOG.info("Sign-in routes: {} requests per minute per address, counted in the database", perMinute);
            return new SharedAuthRateLimiter(shared, limit);
        }
        LOG.info("Sign-in routes: {} requests per minute per address, counted in memory", perMinute);
        return new LocalAuthRateLimiter(limit);
    }
}

package turgus.web.platform.ratelimit;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rate limiter of the sign-in routes: shared through PostgreSQL when the shop runs on it (many
 * instances may), in memory on the embedded H2 database (one instance by definition).
 */
@Factory
public class RateLimitWiring {
    private static final Logger LOG = LoggerFactory.getLogger(RateLimitWiring.class);

    @Singleton
    public AuthRateLimiter authRateLimiter(
            @Value("${shop.auth-rate-limit:60}") int perMinute,
            @Value("${datasources.default.url:}") String databaseUrl,
            DataSource dataSource) {
        RateLimit limit = new RateLimit(perMinute);
        if (databaseUrl.startsWith("jdbc:postgresql:")) {
            LOG.info("Sign-in routes: {} requests per minute per address, counted in PostgreSQL", perMinute);
            return new PostgresAuthRateLimiter(DelegatingDataSource.unwrapDataSource(dataSource), limit);
        }
        LOG.info("Sign-in routes: {} requests per minute per address, counted in memory", perMinute);
        return new LocalAuthRateLimiter(limit);
    }
}

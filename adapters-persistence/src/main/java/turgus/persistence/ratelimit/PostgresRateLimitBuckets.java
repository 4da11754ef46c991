package turgus.persistence.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TokensInheritanceStrategy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import turgus.application.security.port.out.SharedRateLimitBuckets;

/**
 * Buckets kept in PostgreSQL's {@code rate_limit_buckets} table (migration V8_1), so that every
 * instance behind a load balancer draws from the same bucket for an address. Each take locks the
 * key's row ({@code SELECT … FOR UPDATE}) for the moment it takes; rows of buckets that refilled expire
 * and are deleted by {@link #removeExpired}. Only on PostgreSQL: the embedded H2 database serves one
 * instance, whose buckets live in memory.
 *
 * <p>A stored bucket keeps the limit it was made with, so each instance stamps the configuration it
 * writes with a version: the moment it started, in milliseconds. A take whose version is newer than
 * the stored one replaces the bucket's limit first, keeping the tokens already spent ({@link
 * TokensInheritanceStrategy#ADDITIVE}: a client that used 3 of 100 000 has 2 left of a new limit of
 * 5). So a changed {@code shop.auth-rate-limit} holds for every address from the next request on,
 * and when instances run with different limits, the one started last wins for every bucket it
 * touches; an older instance then takes from the newer limit, since it never replaces a newer one.
 *
 * <p>This is the one adapter without a {@code @JdbcRepository}: Bucket4j's proxy manager writes its own
 * serialised bucket state and its own lock-and-compare statements on the {@link DataSource}, so there
 * is no statement of ours to declare; it runs outside any unit of work (each take commits at once).
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
public final class PostgresRateLimitBuckets implements SharedRateLimitBuckets {
    static final String TABLE = "rate_limit_buckets";
    /** Strictly increasing within one JVM as well, for adapters built in the same millisecond. */
    private static final AtomicLong LAST_VERSION = new AtomicLong();

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<Integer, BucketConfiguration> configurations = new ConcurrentHashMap<>();
    private final long configurationVersion =
            LAST_VERSION.updateAndGet(last -> Math.max(last + 1, System.currentTimeMillis()));

    PostgresRateLimitBuckets(DataSource dataSource) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(DelegatingDataSource.unwrapDataSource(dataSource))
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    @Override
    public long tryTake(String key, int perMinute) {
        if (perMinute < 1) {
            throw new IllegalArgumentException("A bucket holds at least 1 token: " + perMinute);
        }
        BucketConfiguration configuration =
                configurations.computeIfAbsent(perMinute, PostgresRateLimitBuckets::perMinute);
        ConsumptionProbe probe = buckets.builder()
                .withImplicitConfigurationReplacement(configurationVersion, TokensInheritanceStrategy.ADDITIVE)
                .build(key, () -> configuration)
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : seconds(probe.getNanosToWaitForRefill());
    }

    @Override
    public int removeExpired(int batch) {
        return buckets.removeExpired(batch);
    }

    private static BucketConfiguration perMinute(int tokens) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder()
                        .capacity(tokens)
                        .refillGreedy(tokens, Duration.ofMinutes(1))
                        .build())
                .build();
    }

    /** Nanoseconds to whole seconds, rounded up: waiting that long is always enough. */
    private static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}

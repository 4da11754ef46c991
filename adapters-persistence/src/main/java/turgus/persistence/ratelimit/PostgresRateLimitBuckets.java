package turgus.persistence.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
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
import javax.sql.DataSource;
import turgus.application.security.port.out.SharedRateLimitBuckets;

/**
 * Buckets kept in PostgreSQL's {@code rate_limit_buckets} table (migration V8_1), so that every
 * instance behind a load balancer draws from the same bucket for an address. Each take locks the
 * key's row ({@code SELECT … FOR UPDATE}) for the moment it takes; rows of buckets that refilled expire
 * and are deleted by {@link #removeExpired}. Only on PostgreSQL: the embedded H2 database serves one
 * instance, whose buckets live in memory.
 *
 * <p>This is the one adapter without a {@code @JdbcRepository}: Bucket4j's proxy manager writes its own
 * serialised bucket state and its own lock-and-compare statements on the {@link DataSource}, so there
 * is no statement of ours to declare; it runs outside any unit of work (each take commits at once).
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
public final class PostgresRateLimitBuckets implements SharedRateLimitBuckets {
    static final String TABLE = "rate_limit_buckets";

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final Map<Integer, BucketConfiguration> configurations = new ConcurrentHashMap<>();

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
        ConsumptionProbe probe = buckets.getProxy(key, () -> configuration).tryConsumeAndReturnRemaining(1);
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

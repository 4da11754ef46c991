package turgus.web.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.time.Duration;
import javax.sql.DataSource;

/**
 * Buckets kept in PostgreSQL's {@code rate_limit_buckets} table, so that every instance behind a
 * load balancer draws from the same bucket for an address. Each take locks the address's row
 * ({@code SELECT … FOR UPDATE}) for the moment it takes; rows of addresses that refilled expire and
 * are deleted by {@link #removeExpired}.
 */
public final class PostgresAuthRateLimiter implements AuthRateLimiter {
    static final String TABLE = "rate_limit_buckets";

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final BucketConfiguration configuration;

    public PostgresAuthRateLimiter(DataSource dataSource, RateLimit limit) {
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table(TABLE)
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(
                        ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
        this.configuration =
                BucketConfiguration.builder().addLimit(limit.bandwidth()).build();
    }

    @Override
    public long tryTake(String clientAddress) {
        ConsumptionProbe probe =
                buckets.getProxy(clientAddress, () -> configuration).tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : RateLimit.seconds(probe.getNanosToWaitForRefill());
    }

    /** Deletes up to {@code batch} rows of buckets that have refilled; answers how many. */
    public int removeExpired(int batch) {
        return buckets.removeExpired(batch);
    }
}

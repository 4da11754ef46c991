package turgus.web.platform.ratelimit;

import java.util.Objects;
import turgus.application.security.port.out.SharedRateLimitBuckets;

/**
 * Buckets shared by every instance through the database ({@link SharedRateLimitBuckets}, kept by the
 * persistence adapter on PostgreSQL), so that an address draws from one bucket whichever instance it
 * reaches.
 */
public final class SharedAuthRateLimiter implements AuthRateLimiter {
    private final SharedRateLimitBuckets buckets;
    private final RateLimit limit;

    public SharedAuthRateLimiter(SharedRateLimitBuckets buckets, RateLimit limit) {
        this.buckets = Objects.requireNonNull(buckets, "buckets");
        this.limit = Objects.requireNonNull(limit, "limit");
    }

    @Override
    public long tryTake(String clientAddress) {
        return buckets.tryTake(clientAddress, limit.perMinute());
    }

    /** Deletes up to {@code batch} buckets that have refilled; answers how many. */
    public int removeExpired(int batch) {
        return buckets.removeExpired(batch);
    }
}

package turgus.web.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Buckets in this process's memory, for the embedded H2 database: a shop on a file database is one
 * instance by definition, so there is nobody to share them with. Full buckets are dropped now and
 * then ({@link #forgetIdle}), so addresses seen once do not pile up.
 */
public final class LocalAuthRateLimiter implements AuthRateLimiter {
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final RateLimit limit;

    public LocalAuthRateLimiter(RateLimit limit) {
        this.limit = limit;
    }

    @Override
    public long tryTake(String clientAddress) {
        Bucket bucket = buckets.computeIfAbsent(
                clientAddress,
                address -> Bucket.builder().addLimit(limit.bandwidth()).build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? 0 : RateLimit.seconds(probe.getNanosToWaitForRefill());
    }

    /** Drops the buckets that have refilled completely: they hold nothing worth keeping. */
    public int forgetIdle() {
        int before = buckets.size();
        buckets.entrySet().removeIf(entry -> entry.getValue().getAvailableTokens() >= limit.perMinute());
        return before - buckets.size();
    }
}

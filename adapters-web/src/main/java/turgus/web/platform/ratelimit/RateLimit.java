package turgus.web.platform.ratelimit;

import io.github.bucket4j.Bandwidth;
import java.time.Duration;

/** So many requests per minute per address, refilled evenly over the minute. */
public record RateLimit(int perMinute) {
    public RateLimit {
        if (perMinute < 1) {
            throw new IllegalArgumentException("shop.auth-rate-limit is at least 1 request per minute: " + perMinute);
        }
    }

    Bandwidth bandwidth() {
        return Bandwidth.builder()
                .capacity(perMinute)
                .refillGreedy(perMinute, Duration.ofMinutes(1))
                .build();
    }

    /** Nanoseconds to whole seconds, rounded up: waiting that long is always enough. */
    static long seconds(long nanos) {
        return Math.max(1, (nanos + 999_999_999L) / 1_000_000_000L);
    }
}

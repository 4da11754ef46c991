package turgus.application.stats;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a computed dashboard may be kept at most while the version of its data stands (setting
 * {@code shop.stats.max-age}); {@link Duration#ZERO} keeps nothing: every request adds up anew.
 */
public record StatsKeeping(Duration maxAge) {
    public static final StatsKeeping NONE = new StatsKeeping(Duration.ZERO);

    public StatsKeeping {
        Objects.requireNonNull(maxAge, "maxAge");
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException("maxAge must not be negative: " + maxAge);
        }
    }
}

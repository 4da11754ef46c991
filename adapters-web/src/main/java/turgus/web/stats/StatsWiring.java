package turgus.web.stats;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.ZoneId;
import turgus.application.stats.ShopCalendar;
import turgus.application.stats.StatsKeeping;

/**
 * The shop's time zone from {@code shop.time-zone} (SHOP_TIME_ZONE), UTC by default; how long a
 * computed dashboard is kept at most from {@code shop.stats.max-age} (SHOP_STATS_MAX_AGE), 10 s by
 * default, 0 to add up on every request.
 */
@Factory
public class StatsWiring {
    @Singleton
    public ShopCalendar shopCalendar(@Value("${shop.time-zone:UTC}") String zone) {
        try {
            return new ShopCalendar(ZoneId.of(zone.isBlank() ? "UTC" : zone.strip()));
        } catch (DateTimeException unknown) {
            throw new IllegalArgumentException(
                    "shop.time-zone (SHOP_TIME_ZONE) must be a time zone such as UTC or Europe/Vilnius, not: " + zone,
                    unknown);
        }
    }

    @Singleton
    public StatsKeeping statsKeeping(@Value("${shop.stats.max-age:10s}") Duration maxAge) {
        if (maxAge.isNegative()) {
            throw new IllegalArgumentException(
                    "shop.stats.max-age (SHOP_STATS_MAX_AGE) must not be negative: " + maxAge);
        }
        return new StatsKeeping(maxAge);
    }
}

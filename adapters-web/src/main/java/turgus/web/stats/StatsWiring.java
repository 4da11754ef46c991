package turgus.web.stats;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.DateTimeException;
import java.time.ZoneId;
import turgus.application.stats.ShopCalendar;

/** The shop's time zone from {@code shop.time-zone} (SHOP_TIME_ZONE), UTC by default. */
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
}

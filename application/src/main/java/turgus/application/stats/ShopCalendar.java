package turgus.application.stats;

import java.time.ZoneId;
import java.util.Objects;

/** The shop's time zone: where its days begin and end (setting {@code shop.time-zone}, UTC by default). */
public record ShopCalendar(ZoneId zone) {
    public ShopCalendar {
        Objects.requireNonNull(zone, "zone");
    }
}

package turgus.persistence.shared;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Moments as the database keeps them: PostgreSQL stores microseconds, so moments are cut to
 * microseconds before they are written, and what an adapter answers equals what it stored.
 */
public final class DatabaseTime {
    private DatabaseTime() {}

    public static Instant of(Instant moment) {
        return moment == null ? null : moment.truncatedTo(ChronoUnit.MICROS);
    }
}

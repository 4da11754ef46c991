package turgus.web.backup;

import io.micronaut.scheduling.cron.CronExpression;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The moment a cron schedule named, found from the moment its job actually runs: the schedule's time
 * nearest to it, before or after. Every instance woken for one firing finds the same moment, though
 * each runs a little late (or, with clocks a little apart, a little early), so the moment can name
 * the run that only one of them does. A job that runs later than half the gap between two firings
 * is taken for the next one.
 */
final class CronSlots {
    private final CronExpression cron;
    private final ZoneId zone;

    CronSlots(String expression, ZoneId zone) {
        this.cron = CronExpression.create(Objects.requireNonNull(expression, "expression"));
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    Instant slotOf(Instant ranAt) {
        ZonedDateTime now = ranAt.atZone(zone);
        ZonedDateTime next = cron.nextTimeAfter(now.minusNanos(1));
        ZonedDateTime previous = previous(now);
        if (previous == null) {
            return next.toInstant();
        }
        Duration sincePrevious = Duration.between(previous, now);
        Duration untilNext = Duration.between(now, next);
        return (sincePrevious.compareTo(untilNext) <= 0 ? previous : next).toInstant();
    }

    /** The latest firing before {@code now}, looked for ever further back (up to a year). */
    private ZonedDateTime previous(ZonedDateTime now) {
        for (Duration back = Duration.ofSeconds(1);
                back.compareTo(Duration.ofDays(400)) <= 0;
                back = back.multipliedBy(2)) {
            ZonedDateTime found = cron.nextTimeAfter(now.minus(back).minusNanos(1));
            if (found.isBefore(now)) {
                ZonedDateTime later = cron.nextTimeAfter(found);
                while (later.isBefore(now)) {
                    found = later;
                    later = cron.nextTimeAfter(found);
                }
                return found;
            }
        }
        return null;
    }
}

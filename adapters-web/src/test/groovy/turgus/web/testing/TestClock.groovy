package turgus.web.testing

import io.micronaut.context.annotation.Replaces
import jakarta.inject.Singleton
import turgus.web.platform.ClockFactory

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/**
 * The clock of every use case in the web specs: the system clock, moved forward when a spec says
 * so ({@link #advance}), so that lockouts and codes can expire without waiting. Access tokens are
 * checked by Micronaut Security against the real time and are not affected.
 */
@Singleton
@Replaces(bean = Clock, factory = ClockFactory)
class TestClock extends Clock {
    private volatile Duration offset = Duration.ZERO

    void advance(Duration by) {
        offset = offset + by
    }

    void reset() {
        offset = Duration.ZERO
    }

    @Override
    ZoneId getZone() {
        ZoneOffset.UTC
    }

    @Override
    Clock withZone(ZoneId zone) {
        this
    }

    @Override
    Instant instant() {
        Instant.now() + offset
    }
}

package turgus.application.testing

import java.time.Clock
import java.time.Duration
import java.time.Instant
import java.time.ZoneId
import java.time.ZoneOffset

/** A clock that tests move by hand. */
class MutableClock extends Clock {
    Instant now

    MutableClock(Instant now = Instant.parse('2026-11-21T12:00:00Z')) {
        this.now = now
    }

    void advance(Duration step) {
        now = now + step
    }

    @Override
    ZoneId getZone() { ZoneOffset.UTC }

    @Override
    Clock withZone(ZoneId zone) { this }

    @Override
    Instant instant() { now }
}

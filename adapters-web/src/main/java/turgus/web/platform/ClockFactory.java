package turgus.web.platform;

import io.micronaut.context.annotation.Factory;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The one source of time for every use case: the system clock, in UTC. */
@Factory
public class ClockFactory {
    @Singleton
    public Clock clock() {
        return Clock.systemUTC();
    }
}

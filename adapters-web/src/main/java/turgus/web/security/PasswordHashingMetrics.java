package turgus.web.security;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.inject.Singleton;

/**
 * The hashing pool on {@code /prometheus}: how many checks wait and run now, the pool's size, and
 * how many were refused as {@code SERVER_BUSY} since the start. A rising refusal count or a line
 * that is rarely empty says the shop needs more cores for its logins (or is being flooded).
 */
@Singleton
public class PasswordHashingMetrics implements MeterBinder {
    private final PasswordHashingPool pool;

    public PasswordHashingMetrics(PasswordHashingPool pool) {
        this.pool = pool;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("shop.password.hashing.queued", pool, PasswordHashingPool::queued)
                .description("Password checks waiting for a hashing thread")
                .register(registry);
        Gauge.builder("shop.password.hashing.active", pool, PasswordHashingPool::active)
                .description("Password checks running now")
                .register(registry);
        Gauge.builder("shop.password.hashing.threads", pool, PasswordHashingPool::threads)
                .description("Password checks that may run at once")
                .register(registry);
        FunctionCounter.builder("shop.password.hashing.rejections", pool, PasswordHashingPool::rejections)
                .description("Password checks refused as SERVER_BUSY: the line was full or the wait too long")
                .register(registry);
    }
}

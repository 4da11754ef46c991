package turgus.domain.account.lockout;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How long failed logins in a row lock an account (or, for a name that matches no account, that
 * name). The {@code threshold}-th failure in a row locks for the first step, the next failure for the
 * second step, and so on; once the steps run out, every further failure locks for the last step
 * again. Fewer failures than the threshold lock nothing.
 *
 * <p>By default the 3rd failure locks for 5 minutes, the 4th for 1 hour, the 5th and every further
 * one for 24 hours.
 *
 * @param threshold the failure in a row that first locks, at least 1
 * @param steps how long each failure from the threshold on locks, in order; at least one, each
 *     longer than zero
 */
public record LockoutPolicy(int threshold, List<Duration> steps) {
    public static final int DEFAULT_THRESHOLD = 3;
    public static final List<Duration> DEFAULT_STEPS =
            List.of(Duration.ofMinutes(5), Duration.ofHours(1), Duration.ofHours(24));
    public static final LockoutPolicy DEFAULT = new LockoutPolicy(DEFAULT_THRESHOLD, DEFAULT_STEPS);

    public LockoutPolicy {
        Objects.requireNonNull(steps, "steps");
        if (threshold < 1) {
            throw new IllegalArgumentException("The failure that first locks is at least the 1st: " + threshold);
        }
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A lockout policy has at least one step");
        }
        for (Duration step : steps) {
            if (step == null || step.isNegative() || step.isZero()) {
                throw new IllegalArgumentException("A lockout step is longer than zero: " + step);
            }
        }
        steps = List.copyOf(steps);
    }

    /**
     * How long to lock once {@code consecutiveFailures} logins in a row have failed, counting the one
     * that just failed; empty below the threshold.
     */
    public Optional<Duration> lockFor(int consecutiveFailures) {
        if (consecutiveFailures < threshold) {
            return Optional.empty();
        }
        int step = Math.min(consecutiveFailures - threshold, steps.size() - 1);
        return Optional.of(steps.get(step));
    }
}

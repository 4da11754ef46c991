package turgus.application.mail;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * When to try a mail again after a failed delivery, and when to give it up. After the n-th failed
 * attempt the mail waits the n-th delay; once the delays run out, the last one repeats; the {@code
 * maxAttempts}-th failure gives the mail up, so a mail to an address that can never work does not
 * stay in the queue for ever.
 *
 * <p>By default: 1 minute, 5 minutes, 30 minutes, 2 hours, then every 6 hours, giving up after the
 * 10th attempt, some 33 hours after the first.
 *
 * @param delays the wait after each failure, in order; at least one, each longer than zero
 * @param maxAttempts how many attempts a mail gets in all, at least 1
 */
public record MailRetryPolicy(List<Duration> delays, int maxAttempts) {
    public static final List<Duration> DEFAULT_DELAYS = List.of(
            Duration.ofMinutes(1),
            Duration.ofMinutes(5),
            Duration.ofMinutes(30),
            Duration.ofHours(2),
            Duration.ofHours(6));
    public static final int DEFAULT_MAX_ATTEMPTS = 10;
    public static final MailRetryPolicy DEFAULT = new MailRetryPolicy(DEFAULT_DELAYS, DEFAULT_MAX_ATTEMPTS);

    public MailRetryPolicy {
        Objects.requireNonNull(delays, "delays");
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("A retry policy has at least one delay");
        }
        for (Duration delay : delays) {
            if (delay == null || delay.isNegative() || delay.isZero()) {
                throw new IllegalArgumentException("A retry delay is longer than zero: " + delay);
            }
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("A mail gets at least one attempt: " + maxAttempts);
        }
        delays = List.copyOf(delays);
    }

    /**
     * How long to wait once {@code failedAttempts} deliveries have failed, counting the one that just
     * failed; empty when the mail is to be given up.
     */
    public Optional<Duration> waitAfter(int failedAttempts) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("Only a failed attempt asks for a retry: " + failedAttempts);
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        return Optional.of(delays.get(Math.min(failedAttempts, delays.size()) - 1));
    }
}

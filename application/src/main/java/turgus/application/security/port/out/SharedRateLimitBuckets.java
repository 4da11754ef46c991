package turgus.application.security.port.out;

/**
 * Rate-limit buckets kept where every instance of the shop sees them, one per key (a client
 * address). A bucket holds {@code perMinute} tokens and refills evenly over a minute; taking a token
 * is atomic across instances.
 */
public interface SharedRateLimitBuckets {
    /**
     * Takes one token from the bucket of {@code key}, creating a full one if there is none.
     *
     * @return 0 when a token was taken, otherwise the whole seconds until one is back (at least 1)
     */
    long tryTake(String key, int perMinute);

    /** Forgets up to {@code batch} buckets that have refilled completely; answers how many. */
    int removeExpired(int batch);
}

package turgus.web.platform.ratelimit;

/**
 * How many requests one client address may make to the sign-in routes ({@code /api/auth/*}) per
 * minute. Each request takes one token from the address's bucket; an empty bucket refills evenly
 * over the minute.
 */
public interface AuthRateLimiter {
    /**
     * Takes one token for {@code clientAddress}.
     *
     * @return 0 when the request may go on, otherwise the whole seconds until a token is back
     */
    long tryTake(String clientAddress);
}

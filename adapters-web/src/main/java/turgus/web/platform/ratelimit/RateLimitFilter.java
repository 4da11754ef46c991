package turgus.web.platform.ratelimit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import turgus.web.platform.ErrorBody;

/**
 * Holds each client address to {@code shop.auth-rate-limit} requests per minute on the sign-in
 * routes, before any password is hashed: a 429 with {@code Retry-After} and {@code
 * retryAfterSeconds}. The address is the one {@code ClientAddressResolver} trusts. The bucket may
 * live in the database, so the check runs on the blocking pool.
 */
@ServerFilter("/api/auth/**")
public class RateLimitFilter implements Ordered {
    private final AuthRateLimiter limiter;
    private final HttpClientAddressResolver addresses;

    public RateLimitFilter(AuthRateLimiter limiter, HttpClientAddressResolver addresses) {
        this.limiter = limiter;
        this.addresses = addresses;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<ErrorBody> limit(HttpRequest<?> request) {
        String address = addresses.resolve(request);
        long wait = limiter.tryTake(address == null ? "unknown" : address);
        if (wait == 0) {
            return null;
        }
        return HttpResponse.<ErrorBody>status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(wait))
                .body(new ErrorBody(
                        429,
                        "Too many requests. Try again in " + wait + (wait == 1 ? " second." : " seconds."),
                        null,
                        wait,
                        null));
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.before();
    }
}

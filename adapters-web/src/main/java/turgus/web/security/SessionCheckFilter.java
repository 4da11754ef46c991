package turgus.web.security;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import java.util.Optional;
import turgus.application.account.port.in.UseSessionUseCase;
import turgus.web.platform.ErrorBody;
import turgus.web.platform.ErrorMessages;

/**
 * Refuses a validly signed access token whose session ({@code sid}) has been signed out — by
 * logout, a password change or reset, a fourth login, a reused refresh token, or an admin — or was
 * never known. Runs after Micronaut Security has verified the token, asks the database on every
 * authenticated request (so a sign-out holds on every instance at once), and does so on the blocking
 * pool, never on the event loop. The answer is the exact 401 of any other missing token.
 *
 * <p>A request that goes on counts as a use of its session: the session's last use moves to now,
 * written at most once a minute per session (the same read tells how old it is), so that the list
 * of sessions shows when each device was last active.
 *
 * <p>The sign-in routes ({@code /api/auth/*} but logout) need no token; a stale one sent along is
 * ignored there rather than refused, as an invalid one is.
 */
@ServerFilter(patterns = {"/api/**", "/prometheus"})
public class SessionCheckFilter implements Ordered {
    private final UseSessionUseCase sessions;

    public SessionCheckFilter(UseSessionUseCase sessions) {
        this.sessions = sessions;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    public HttpResponse<ErrorBody> check(HttpRequest<?> request) {
        Optional<Authentication> authentication = request.getUserPrincipal(Authentication.class);
        if (authentication.isEmpty() || isSignInRoute(request.getPath())) {
            return null;
        }
        Object sessionId = authentication.get().getAttributes().get(CurrentUser.SESSION_CLAIM);
        if (sessionId instanceof String id && sessions.useSession(id)) {
            return null;
        }
        return HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ErrorBody.of(401, ErrorMessages.UNAUTHORIZED));
    }

    static boolean isSignInRoute(String path) {
        return path.startsWith("/api/auth/") && !path.equals("/api/auth/logout");
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}

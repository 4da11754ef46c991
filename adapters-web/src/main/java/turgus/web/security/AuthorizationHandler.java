package turgus.web.security;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import turgus.web.platform.ErrorBody;
import turgus.web.platform.ErrorMessages;

/**
 * The two answers of the security rules, exactly as the API promises them: no valid token is
 * {@code 401 {"code":401,"message":"Unauthorized"}} with a Bearer challenge (never Basic, which
 * makes browsers pop up a login box); a signed-in user without the role is
 * {@code 403 {"code":403,"message":"Forbidden"}}.
 */
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class AuthorizationHandler implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

    @Override
    public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException exception) {
        if (exception.isForbidden()) {
            return HttpResponse.status(HttpStatus.FORBIDDEN).body(ErrorBody.of(403, ErrorMessages.FORBIDDEN));
        }
        return HttpResponse.status(HttpStatus.UNAUTHORIZED)
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .body(ErrorBody.of(401, ErrorMessages.UNAUTHORIZED));
    }
}

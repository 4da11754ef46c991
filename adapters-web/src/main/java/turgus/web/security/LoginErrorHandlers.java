package turgus.web.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import turgus.application.account.port.in.AccountDisabledException;
import turgus.application.account.port.in.InvalidCredentialsException;
import turgus.application.account.port.in.InvalidRefreshTokenException;
import turgus.application.account.port.in.LockedOutException;
import turgus.web.platform.ErrorBody;

/** The refusals of a login. */
public final class LoginErrorHandlers {
    private LoginErrorHandlers() {}

    /** Unknown name or wrong password: one answer for both, word for word. */
    @Singleton
    public static class InvalidCredentialsHandler
            implements ExceptionHandler<InvalidCredentialsException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, InvalidCredentialsException exception) {
            return HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED)
                    .body(ErrorBody.of(401, InvalidCredentialsException.MESSAGE));
        }
    }

    /** A right password for a blocked or deactivated account. */
    @Singleton
    public static class AccountDisabledHandler
            implements ExceptionHandler<AccountDisabledException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, AccountDisabledException exception) {
            return HttpResponse.<ErrorBody>status(HttpStatus.FORBIDDEN).body(ErrorBody.of(403, exception.getMessage()));
        }
    }

    /**
     * Too many failed logins: how long to wait, in the body and in {@code Retry-After}. The same
     * answer for an unknown name as for an account, for a login as for a refresh.
     */
    @Singleton
    public static class LockedOutHandler implements ExceptionHandler<LockedOutException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, LockedOutException exception) {
            long seconds = exception.retryAfterSeconds();
            return HttpResponse.<ErrorBody>status(HttpStatus.TOO_MANY_REQUESTS)
                    .header(HttpHeaders.RETRY_AFTER, String.valueOf(seconds))
                    .body(new ErrorBody(429, exception.getMessage(), null, seconds, null));
        }
    }

    /** A refresh token that is unknown, used, expired or of a signed-out session. */
    @Singleton
    public static class InvalidRefreshTokenHandler
            implements ExceptionHandler<InvalidRefreshTokenException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, InvalidRefreshTokenException exception) {
            return HttpResponse.<ErrorBody>status(HttpStatus.UNAUTHORIZED)
                    .body(ErrorBody.of(401, InvalidRefreshTokenException.MESSAGE));
        }
    }
}

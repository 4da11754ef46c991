package turgus.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import turgus.application.account.port.in.AccountDisabledException;
import turgus.application.account.port.in.InvalidCredentialsException;
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
}

package turgus.web.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import turgus.application.shared.ConflictException;
import turgus.application.shared.DuplicateValueException;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.UnsupportedImageException;

/**
 * The application's refusals, each answered with its status once for the whole API. Their messages
 * are written for users by the application layer and pass through as they are.
 */
public final class OutcomeHandlers {
    private OutcomeHandlers() {}

    static HttpResponse<ErrorBody> answer(HttpStatus status, String message) {
        return HttpResponse.<ErrorBody>status(status).body(ErrorBody.of(status.getCode(), message));
    }

    /** What was asked for does not exist, or is not the caller's. */
    @Singleton
    public static class NotFoundHandler implements ExceptionHandler<NotFoundException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, NotFoundException exception) {
            return answer(HttpStatus.NOT_FOUND, exception.getMessage());
        }
    }

    /** A valid request that clashes with the current state. */
    @Singleton
    public static class ConflictHandler implements ExceptionHandler<ConflictException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ConflictException exception) {
            return answer(HttpStatus.CONFLICT, exception.getMessage());
        }
    }

    /** An email or phone number another account has: a conflict that names the field. */
    @Singleton
    public static class DuplicateValueHandler
            implements ExceptionHandler<DuplicateValueException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, DuplicateValueException exception) {
            return HttpResponse.<ErrorBody>status(HttpStatus.CONFLICT)
                    .body(ErrorBody.withErrors(
                            409,
                            exception.getMessage(),
                            List.of(new ErrorBody.FieldProblem(exception.field(), exception.getMessage()))));
        }
    }

    /** An upload that is not a picture the shop accepts. */
    @Singleton
    public static class UnsupportedImageHandler
            implements ExceptionHandler<UnsupportedImageException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, UnsupportedImageException exception) {
            return answer(HttpStatus.BAD_REQUEST, exception.getMessage());
        }
    }

    /** The last resort: anything no other handler knows. */
    @Singleton
    public static class UnexpectedHandler implements ExceptionHandler<Throwable, HttpResponse<ErrorBody>> {
        private final UnexpectedErrors unexpected;

        public UnexpectedHandler(UnexpectedErrors unexpected) {
            this.unexpected = unexpected;
        }

        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, Throwable exception) {
            return unexpected.answer(request, exception);
        }
    }
}

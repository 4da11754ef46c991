package turgus.web.platform;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;

/**
 * The answers to failures that no rule of the shop foresaw. Refusals (every {@code Refusal}) are
 * answered by {@link RefusalHandler}; input of the wrong shape by {@link InputErrorHandlers}.
 */
public final class OutcomeHandlers {
    private OutcomeHandlers() {}

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

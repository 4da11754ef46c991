package turgus.web.platform;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import turgus.domain.shared.Refusal;

/**
 * Every refusal of the shop, answered in one place: the status from {@link RefusalTable}, the
 * words from {@link RefusalMessages}, and the refusal's own {@code reason} and {@code details}. A
 * {@code retryAfterSeconds} detail becomes the body's field of that name and a {@code Retry-After}
 * header instead.
 */
@Singleton
public class RefusalHandler implements ExceptionHandler<Refusal, HttpResponse<ErrorBody>> {
    static final String RETRY_AFTER_SECONDS = "retryAfterSeconds";

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, Refusal refusal) {
        return answer(refusal);
    }

    public static MutableHttpResponse<ErrorBody> answer(Refusal refusal) {
        HttpStatus status = RefusalTable.statusOf(refusal.reason());
        Map<String, Object> details = new LinkedHashMap<>(refusal.details());
        Long retryAfterSeconds = details.remove(RETRY_AFTER_SECONDS) instanceof Number wait ? wait.longValue() : null;
        List<ErrorBody.FieldProblem> problems = RefusalMessages.fieldProblemsOf(refusal);
        ErrorBody body = new ErrorBody(
                status.getCode(),
                RefusalMessages.messageOf(refusal),
                problems.isEmpty() ? null : problems,
                retryAfterSeconds,
                null,
                refusal.reason().name(),
                details.isEmpty() ? null : details);
        MutableHttpResponse<ErrorBody> response =
                HttpResponse.<ErrorBody>status(status).body(body);
        if (retryAfterSeconds != null) {
            response.header(HttpHeaders.RETRY_AFTER, String.valueOf(retryAfterSeconds));
        }
        return response;
    }
}

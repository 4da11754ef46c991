package turgus.web.platform;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import turgus.domain.shared.FieldRule;

/**
 * Gives the framework's own error answers (no such route, wrong method, body too large, wrong
 * content type…) the shop's error body. The messages are fixed per status: the framework's texts
 * name Java types and arguments, which are nobody's business outside. Errors that name a path keep
 * the path as the field, with a plain message.
 */
@Singleton
@Replaces(ErrorResponseProcessor.class)
public class ApiErrorResponseProcessor implements ErrorResponseProcessor<ErrorBody> {
    private final UnexpectedErrors unexpected;

    public ApiErrorResponseProcessor(UnexpectedErrors unexpected) {
        this.unexpected = unexpected;
    }

    @Override
    public MutableHttpResponse<ErrorBody> processResponse(ErrorContext context, MutableHttpResponse<?> response) {
        int code = response.code();
        ErrorBody body;
        if (code >= 500) {
            body = unexpected.body(
                    context.getRequest(), code, context.getRootCause().orElse(null));
        } else {
            List<ErrorBody.FieldProblem> fields = context.getErrors().stream()
                    .filter(error -> error.getPath().isPresent())
                    .map(ApiErrorResponseProcessor::fieldProblem)
                    .toList();
            body = ErrorBody.withErrors(code, ErrorMessages.forStatus(code), fields);
        }
        return response.contentType(MediaType.APPLICATION_JSON_TYPE).body(body);
    }

    private static ErrorBody.FieldProblem fieldProblem(Error error) {
        return FieldRuleMessages.problemOf(error.getPath().orElseThrow(), FieldRule.INVALID);
    }
}

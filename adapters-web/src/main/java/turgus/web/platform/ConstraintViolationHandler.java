package turgus.web.platform;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.validation.exceptions.ConstraintExceptionHandler;
import jakarta.inject.Singleton;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Bean Validation failures on request bodies and parameters. The field is named as the client
 * wrote it ({@code username}, {@code lines[0].quantity}), not by the method and parameter the
 * framework reports ({@code login.request.username}).
 */
@Singleton
@Replaces(ConstraintExceptionHandler.class)
public class ConstraintViolationHandler
        implements ExceptionHandler<ConstraintViolationException, HttpResponse<ErrorBody>> {

    @Override
    public HttpResponse<ErrorBody> handle(HttpRequest request, ConstraintViolationException exception) {
        List<ErrorBody.FieldProblem> problems = exception.getConstraintViolations().stream()
                .map(violation -> new ErrorBody.FieldProblem(field(violation), violation.getMessage()))
                .distinct()
                .sorted(Comparator.comparing(ErrorBody.FieldProblem::field))
                .toList();
        return InputErrorHandlers.badRequest(problems);
    }

    static String field(ConstraintViolation<?> violation) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            ElementKind kind = node.getKind();
            if (kind == ElementKind.METHOD || kind == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (kind == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            } else if (node.getKey() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getKey());
            }
            if (node.getName() != null && kind != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        if (field.isEmpty()) {
            return parameter != null ? parameter : "request";
        }
        return field.toString();
    }
}

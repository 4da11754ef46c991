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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldRule;

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
                .map(violation -> FieldRuleMessages.problemOf(ruleOf(violation)))
                .distinct()
                .sorted(Comparator.comparing(ErrorBody.FieldProblem::field))
                .toList();
        return InputErrorHandlers.badRequest(problems);
    }

    /**
     * The field's rule from the constraint it broke, so that a Bean Validation failure speaks the
     * same codes as the domain's rules; a constraint without a matching rule is {@code INVALID}.
     */
    static FieldError ruleOf(ConstraintViolation<?> violation) {
        String field = field(violation);
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        Map<String, Object> attributes = violation.getConstraintDescriptor().getAttributes();
        if (constraint instanceof NotBlank || constraint instanceof NotNull || constraint instanceof NotEmpty) {
            return FieldError.of(field, FieldRule.REQUIRED);
        }
        if (constraint instanceof Size) {
            return FieldError.of(field, FieldRule.TOO_LONG, "max", attributes.get("max"));
        }
        if (constraint instanceof Min) {
            return FieldError.of(field, FieldRule.TOO_SMALL, "min", attributes.get("value"));
        }
        if (constraint instanceof Max) {
            return FieldError.of(field, FieldRule.TOO_LARGE, "max", attributes.get("value"));
        }
        return FieldError.of(field, FieldRule.INVALID);
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

package turgus.web.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.server.exceptions.ConversionErrorHandler;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.http.server.exceptions.JacksonExceptionHandler;
import io.micronaut.http.server.exceptions.JsonExceptionHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedArgumentHandler;
import io.micronaut.http.server.exceptions.UnsatisfiedRouteHandler;
import io.micronaut.json.JsonSyntaxException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.web.router.exceptions.UnsatisfiedBodyRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedHeaderRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedPartRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedQueryValueRouteException;
import io.micronaut.web.router.exceptions.UnsatisfiedRouteException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;
import turgus.domain.shared.FieldRule;

/**
 * Input the shop cannot use: a 400 that names each field and says what it takes. A value that
 * breaks a domain rule ({@code InvalidValueException}) is a refusal and answered by {@link
 * RefusalHandler}.
 */
public final class InputErrorHandlers {
    private InputErrorHandlers() {}

    static MutableHttpResponse<ErrorBody> badRequest(List<ErrorBody.FieldProblem> problems) {
        return HttpResponse.badRequest(ErrorBody.withErrors(400, ErrorMessages.INVALID_INPUT, problems));
    }

    static MutableHttpResponse<ErrorBody> malformedJson() {
        return HttpResponse.badRequest(ErrorBody.of(400, ErrorMessages.MALFORMED_JSON));
    }

    /** A JSON decoding failure: the field when it is known, else "not valid JSON". */
    static MutableHttpResponse<ErrorBody> jsonFailure(SerdeException failure) {
        return WrongInput.fieldOf(failure)
                .map(problem -> badRequest(List.of(FieldRuleMessages.problemOf(problem))))
                .orElseGet(InputErrorHandlers::malformedJson);
    }

    /** A key given twice or a control character in a JSON body, named where it stands; empty for any other failure. */
    static Optional<MutableHttpResponse<ErrorBody>> strictBodyRefusal(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof StrictJsonReader.RefusedFieldException refused) {
                return Optional.of(badRequest(List.of(FieldRuleMessages.problemOf(refused.field(), refused.rule()))));
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    static Optional<SerdeException> serdeCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SerdeException serde) {
                return Optional.of(serde);
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return Optional.empty();
    }

    /** A query value, path segment or body that cannot become the type the endpoint takes. */
    @Singleton
    @Replaces(ConversionErrorHandler.class)
    public static class ConversionHandler
            implements ExceptionHandler<ConversionErrorException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, ConversionErrorException exception) {
            Optional<MutableHttpResponse<ErrorBody>> duplicate = strictBodyRefusal(exception);
            if (duplicate.isPresent()) {
                return duplicate.get();
            }
            Optional<SerdeException> serde = serdeCause(exception);
            if (serde.isPresent()) {
                return jsonFailure(serde.get());
            }
            Argument<?> argument = exception.getArgument();
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
                return malformedJson();
            }
            return badRequest(List.of(
                    FieldRuleMessages.problemOf(WrongInput.wrongType(WrongInput.clientName(argument), argument))));
        }
    }

    /** A required query value, part or body that was not sent. */
    @Singleton
    @Replaces(UnsatisfiedArgumentHandler.class)
    public static class MissingArgumentHandler
            implements ExceptionHandler<UnsatisfiedArgumentException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, UnsatisfiedArgumentException exception) {
            Argument<?> argument = exception.getArgument();
            if (argument.getAnnotationMetadata().hasAnnotation(Body.class)) {
                return HttpResponse.badRequest(ErrorBody.of(400, "A request body is required."));
            }
            return badRequest(
                    List.of(FieldRuleMessages.problemOf(WrongInput.clientName(argument), FieldRule.REQUIRED)));
        }
    }

    /** A required query value, part, header or body that the route could not find. */
    @Singleton
    @Replaces(UnsatisfiedRouteHandler.class)
    public static class MissingRouteValueHandler
            implements ExceptionHandler<UnsatisfiedRouteException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, UnsatisfiedRouteException exception) {
            String field;
            if (exception instanceof UnsatisfiedBodyRouteException) {
                return HttpResponse.badRequest(ErrorBody.of(400, "A request body is required."));
            } else if (exception instanceof UnsatisfiedQueryValueRouteException query) {
                field = query.getQueryParameterName();
            } else if (exception instanceof UnsatisfiedPartRouteException part) {
                field = part.getPartName();
            } else if (exception instanceof UnsatisfiedHeaderRouteException header) {
                field = header.getHeaderName();
            } else {
                field = WrongInput.clientName(exception.getArgument());
            }
            return badRequest(List.of(FieldRuleMessages.problemOf(field, FieldRule.REQUIRED)));
        }
    }

    /** A body that is not JSON at all, as the framework's JSON layer reports it. */
    @Singleton
    @Replaces(JsonExceptionHandler.class)
    public static class JsonSyntaxHandler implements ExceptionHandler<JsonSyntaxException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, JsonSyntaxException exception) {
            return serdeCause(exception)
                    .map(InputErrorHandlers::jsonFailure)
                    .orElseGet(InputErrorHandlers::malformedJson);
        }
    }

    /** A body that is not JSON at all, as Jackson's parser reports it. */
    @Singleton
    @Replaces(JacksonExceptionHandler.class)
    public static class JacksonParseHandler
            implements ExceptionHandler<JsonProcessingException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, JsonProcessingException exception) {
            return malformedJson();
        }
    }

    /** JSON the decoder could not read, when it surfaces outside argument binding. */
    @Singleton
    public static class SerdeFailureHandler implements ExceptionHandler<SerdeException, HttpResponse<ErrorBody>> {
        @Override
        public HttpResponse<ErrorBody> handle(HttpRequest request, SerdeException exception) {
            return jsonFailure(exception);
        }
    }
}

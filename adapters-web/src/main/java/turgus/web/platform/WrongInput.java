package turgus.web.platform;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.AnnotatedElement;
import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.serde.exceptions.InvalidFormatException;
import io.micronaut.serde.exceptions.SerdeException;
import io.micronaut.serde.exceptions.path.CollectionItemReferencePath;
import io.micronaut.serde.exceptions.path.MapItemReferencePath;
import io.micronaut.serde.exceptions.path.ReferencePath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import turgus.domain.shared.FieldError;
import turgus.domain.shared.FieldRule;

/**
 * Describes input of the wrong shape in words for the person who sent it: which field, and what
 * kind of value it takes. Java type names never leave this class.
 */
public final class WrongInput {
    private WrongInput() {}

    /** The name the client used for an argument: its query, path or part name, else its own. */
    public static String clientName(Argument<?> argument) {
        AnnotatedElement element = argument;
        for (Class<? extends java.lang.annotation.Annotation> binding :
                List.of(QueryValue.class, PathVariable.class, Part.class)) {
            Optional<String> named =
                    element.getAnnotationMetadata().stringValue(binding).filter(name -> !name.isBlank());
            if (named.isPresent()) {
                return named.get();
            }
        }
        return argument.getName();
    }

    /** The name a property has in JSON: its {@code @JsonProperty} name ({@code refresh_token}), else its own. */
    private static String jsonName(Argument<?> property) {
        return property.getAnnotationMetadata()
                .stringValue(JsonProperty.class)
                .filter(name -> !name.isBlank())
                .orElse(property.getName());
    }

    /** The rule a value of the wrong type broke on {@code field}: what kind of value the field takes. */
    public static FieldError wrongType(String field, Argument<?> argument) {
        Class<?> type = argument.getType();
        if (type == Optional.class) {
            return wrongType(field, argument.getFirstTypeVariable().orElse(Argument.OBJECT_ARGUMENT));
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == BigInteger.class) {
            return FieldError.of(field, FieldRule.NOT_A_WHOLE_NUMBER);
        }
        if (type == BigDecimal.class
                || type == Double.class
                || type == double.class
                || type == Float.class
                || type == float.class) {
            return FieldError.of(field, FieldRule.NOT_A_NUMBER);
        }
        if (type == Boolean.class || type == boolean.class) {
            return FieldError.of(field, FieldRule.NOT_A_BOOLEAN);
        }
        if (type.isEnum()) {
            return FieldError.of(
                    field,
                    FieldRule.NOT_ONE_OF,
                    "allowed",
                    Arrays.stream(type.getEnumConstants())
                            .map(constant -> ((Enum<?>) constant).name())
                            .collect(Collectors.joining(", ")));
        }
        if (type == Instant.class || type == OffsetDateTime.class || type == ZonedDateTime.class) {
            return FieldError.of(field, FieldRule.NOT_A_DATE_TIME);
        }
        if (type == LocalDate.class) {
            return FieldError.of(field, FieldRule.NOT_A_DATE);
        }
        if (type == String.class || type == CharSequence.class) {
            return FieldError.of(field, FieldRule.NOT_TEXT);
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return FieldError.of(field, FieldRule.NOT_A_LIST);
        }
        return FieldError.of(field, FieldRule.WRONG_TYPE);
    }

    /**
     * The field a JSON decoding failure happened in, as the client wrote it ({@code lines[2].quantity}),
     * with what it takes; empty when the failure is not tied to a field (broken JSON).
     *
     * <p>The decoder reports its path innermost first. When it fails on the shape of a whole list
     * (an object where a list belongs) it still names the list's first slot, so a trailing slot is
     * only kept when a value inside the list had the wrong format.
     */
    public static Optional<FieldError> fieldOf(SerdeException failure) {
        List<ReferencePath> innermostFirst = failure.getPath();
        if (innermostFirst == null || innermostFirst.isEmpty()) {
            return Optional.empty();
        }
        List<ReferencePath> steps = new ArrayList<>(innermostFirst);
        Collections.reverse(steps);
        boolean valueFormat = failure instanceof InvalidFormatException;
        Argument<?> expected = null;
        if (steps.get(steps.size() - 1) instanceof CollectionItemReferencePath item) {
            if (valueFormat) {
                expected = item.collectionArgument().getFirstTypeVariable().orElse(null);
            } else {
                while (!steps.isEmpty() && steps.get(steps.size() - 1) instanceof CollectionItemReferencePath) {
                    steps.remove(steps.size() - 1);
                }
            }
        }
        if (steps.isEmpty()) {
            return Optional.empty();
        }
        if (expected == null) {
            expected = steps.get(steps.size() - 1).getArgument();
        }
        StringBuilder field = new StringBuilder();
        for (ReferencePath step : steps) {
            if (step instanceof CollectionItemReferencePath item) {
                field.append('[').append(item.index()).append(']');
            } else if (step instanceof MapItemReferencePath entry) {
                field.append(field.isEmpty() ? "" : ".").append(entry.key());
            } else {
                field.append(field.isEmpty() ? "" : ".").append(jsonName(step.getArgument()));
            }
        }
        return Optional.of(wrongType(field.toString(), expected));
    }
}

package turgus.domain.shared;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One input field and the rule it broke, with the values that rule needs to be explained (a
 * maximum, the other field concerned). Values are numbers or text.
 */
public record FieldError(String field, FieldRule rule, Map<String, Object> params) {
    public FieldError {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(rule, "rule");
        params = params == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    public static FieldError of(String field, FieldRule rule) {
        return new FieldError(field, rule, Map.of());
    }

    /** A broken rule with values, given as name, value, name, value… */
    public static FieldError of(String field, FieldRule rule, Object... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("Values come in name, value pairs");
        }
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            params.put((String) namesAndValues[i], Objects.requireNonNull(namesAndValues[i + 1], "value"));
        }
        return new FieldError(field, rule, params);
    }

    /** The same problem reported on another field (a form that names it differently). */
    public FieldError onField(String otherField) {
        return new FieldError(otherField, rule, params);
    }

    /** The rule and its values in one line, for logs: {@code TOO_LONG max=200}. */
    public String describe() {
        StringBuilder line = new StringBuilder(rule.name());
        String separator = " ";
        for (Map.Entry<String, Object> param : params.entrySet()) {
            line.append(separator).append(param.getKey()).append('=').append(param.getValue());
            separator = ", ";
        }
        return line.toString();
    }

    /** For logs and exception messages: the field, the rule and its values. */
    @Override
    public String toString() {
        return field + " " + describe();
    }
}

package turgus.web.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Map;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.RefusalReason;

/**
 * The body of every answer that is not a success: the status again, a message in plain words, and
 * where it helps the fields to correct, how long to wait, or the id under which an unexpected error
 * was logged. A refusal adds its reason code and, when it has values, their details. Absent parts
 * are left out of the JSON.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Error", description = "Every answer that is not a success has this body")
public record ErrorBody(
        @Schema(description = "The HTTP status again", example = "400")
        int code,

        @Schema(description = "What went wrong, in plain words")
        String message,

        @Nullable @Schema(description = "The input fields to correct, each with its problem")
        List<FieldProblem> errors,

        @Nullable @Schema(description = "Seconds to wait before trying again")
        Long retryAfterSeconds,

        @Nullable @Schema(description = "The id of an unexpected error in the server's log")
        String errorId,

        @Nullable
        @Schema(
                description = "On a refusal, and INVALID_INPUT on every 400 that names fields: a stable"
                        + " machine-readable code, in upper snake case, for a client that explains it in its own"
                        + " words (docs/errors.md lists every code, its status and details)",
                implementation = RefusalReason.class,
                example = "INSUFFICIENT_BALANCE")
        String reason,

        @Nullable
        @Schema(
                description = "Only on a refusal, when it has values: the values that explain it, by name (numbers,"
                        + " text); which names each reason has is listed in docs/errors.md",
                additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                example = "{\"needed\": 12.5, \"available\": 10}")
        Map<String, Object> details) {

    public ErrorBody(int code, String message, List<FieldProblem> errors, Long retryAfterSeconds, String errorId) {
        this(code, message, errors, retryAfterSeconds, errorId, null, null);
    }

    public static ErrorBody of(int code, String message) {
        return new ErrorBody(code, message, null, null, null);
    }

    /**
     * An answer naming the fields to correct. A 400 that names fields is always {@code INVALID_INPUT},
     * whichever layer found the problem (the JSON reader, a command's validation, a constraint).
     */
    public static ErrorBody withErrors(int code, String message, List<FieldProblem> errors) {
        List<FieldProblem> fields = errors.isEmpty() ? null : List.copyOf(errors);
        String reason = code == 400 && fields != null ? RefusalReason.INVALID_INPUT.name() : null;
        return new ErrorBody(code, message, fields, null, null, reason, null);
    }

    /**
     * One input field and what is wrong with it: in English words, and as the rule it broke with
     * that rule's values, for a client that words it in its own language.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "FieldError")
    public record FieldProblem(
            @Schema(
                    description = "The field, as the request named it (a JSON path for nested values)",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String field,

            @Schema(
                    description = "The problem in English, completing a sentence that starts with the field's name",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String message,

            @Schema(
                    description = "The rule the field broke, in upper snake case (docs/errors.md lists every rule"
                            + " and its values)",
                    implementation = FieldRule.class,
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "TOO_LONG")
            String rule,

            @Nullable
            @JsonInclude(JsonInclude.Include.NON_NULL)
            @Schema(
                    description = "The values the rule is worded with, by name (numbers, text); absent when the rule"
                            + " has none",
                    additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                    example = "{\"max\": 100}")
            Map<String, Object> params) {}
}

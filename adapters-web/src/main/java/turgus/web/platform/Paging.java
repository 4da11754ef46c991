package turgus.web.platform;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.QueryValue;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import turgus.application.shared.PageRequest;

/**
 * The {@code page} and {@code size} query parameters of every listing. Their limits are the
 * application's ({@link PageRequest}): a page below 0 or a size outside 1..100 is a 400 that names
 * the parameter.
 */
@Introspected
public record Paging(
        @Nullable
        @QueryValue("page")
        @Parameter(
                description = "0-based page number",
                schema = @Schema(type = "integer", minimum = "0", defaultValue = "0"))
        Integer page,

        @Nullable
        @QueryValue("size")
        @Parameter(
                description = "Items per page",
                schema = @Schema(type = "integer", minimum = "1", maximum = "100", defaultValue = "20"))
        Integer size) {

    public PageRequest toRequest() {
        return PageRequest.of(page, size);
    }
}

package turgus.web.platform;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.function.Function;
import turgus.application.shared.Page;

/** One page of a listing as the API answers it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Page", description = "One page of a listing")
public record PageView<T>(
        List<T> items,
        @Schema(description = "0-based page number") int page,
        @Schema(description = "Items per page") int size,
        @Schema(description = "Items in the whole listing") long totalItems,
        @Schema(description = "Pages in the whole listing") int totalPages) {

    public static <S, T> PageView<T> of(Page<S> page, Function<? super S, ? extends T> mapper) {
        Page<T> mapped = page.map(mapper);
        return new PageView<>(mapped.items(), mapped.page(), mapped.size(), mapped.totalItems(), mapped.totalPages());
    }
}

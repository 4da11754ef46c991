package turgus.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;

/** Items delivered, to add to the stock. */
@Serdeable
@Schema(name = "Restock")
public record RestockRequest(
        @Nullable
        @Schema(
                type = "integer",
                format = "int32",
                requiredMode = Schema.RequiredMode.REQUIRED,
                minimum = "1",
                maximum = "1000000")
        Integer quantity) {}

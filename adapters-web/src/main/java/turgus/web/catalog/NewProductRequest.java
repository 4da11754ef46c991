package turgus.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;

/** A new product; the domain checks every field and reports all mistakes at once. */
@Serdeable
@Schema(name = "NewProduct")
public record NewProductRequest(
        @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 200, example = "Green tea")
        String name,

        @Nullable @Schema(maxLength = 2000) String description,

        @Nullable
        @Schema(
                requiredMode = Schema.RequiredMode.REQUIRED,
                description = "EUR, more than 0, at most 2 decimals",
                example = "4.99")
        BigDecimal price,

        @Nullable
        @Schema(
                type = "integer",
                format = "int32",
                description = "Items in stock (0 when left out)",
                minimum = "0",
                maximum = "1000000")
        Integer stock) {}

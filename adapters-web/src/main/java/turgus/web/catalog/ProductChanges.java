package turgus.web.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A partial change of a product. Fields left out stay as they are. Sending {@code salePercent}
 * starts or changes a sale; sending it as {@code null} ends the sale.
 */
@Serdeable
@Schema(name = "ProductChanges")
public record ProductChanges(
        @Nullable @Schema(maxLength = 200) String name,
        @Nullable @Schema(maxLength = 2000) String description,

        @Nullable @Schema(description = "EUR, more than 0, at most 2 decimals")
        BigDecimal price,

        @Nullable
        @Schema(
                type = "integer",
                format = "int32",
                description = "1..90; null ends the sale",
                minimum = "1",
                maximum = "90",
                nullable = true)
        Integer salePercent,

        @Nullable @Schema(description = "When the sale ends; null for no end", nullable = true)
        Instant saleEndsAt) {
    public static final String SALE_PERCENT = "salePercent";
    public static final String SALE_ENDS_AT = "saleEndsAt";
}

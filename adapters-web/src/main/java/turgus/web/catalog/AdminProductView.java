package turgus.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.Sale;
import turgus.domain.shared.Money;
import turgus.web.media.MediaController;

/** A product as admins see it: whether it is on sale at all, and its sale settings. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "AdminProduct")
public record AdminProductView(
        long id,
        String name,
        String description,

        @Schema(description = "Price in EUR, at most 2 decimals", example = "12.5")
        BigDecimal price,

        @Nullable @Schema(description = "The price while a sale runs now, else null")
        BigDecimal salePrice,

        int stock,
        @Nullable String imageUrl,
        Instant createdAt,
        Instant updatedAt,

        @Schema(description = "false once withdrawn from sale")
        boolean active,

        @Nullable @Schema(description = "The sale's percent (1..90), even if it has ended")
        Integer salePercent,

        @Nullable @Schema(description = "When the sale ends; null for no end or no sale")
        Instant saleEndsAt) {

    public static AdminProductView of(Product product, Instant now) {
        return new AdminProductView(
                product.requireId().value(),
                product.name().value(),
                product.description().value(),
                product.price().amount(),
                product.salePriceAt(now).map(Money::amount).orElse(null),
                product.stock(),
                product.imageName().map(MediaController::productImageUrl).orElse(null),
                product.createdAt(),
                product.updatedAt(),
                product.isActive(),
                product.sale().map(Sale::percent).orElse(null),
                product.sale().flatMap(Sale::end).orElse(null));
    }
}

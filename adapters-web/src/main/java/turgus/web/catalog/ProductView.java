package turgus.web.catalog;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import turgus.domain.catalog.Product;
import turgus.domain.shared.Money;
import turgus.web.media.MediaController;

/** A product as shoppers see it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Product")
public record ProductView(
        long id,
        String name,
        String description,

        @Schema(description = "Price in EUR, at most 2 decimals", example = "12.5")
        BigDecimal price,

        @Nullable @Schema(description = "The price while a sale runs now, else null")
        BigDecimal salePrice,

        int stock,

        @Nullable @Schema(description = "URL of the picture, or null", example = "/media/products/3f2a….png")
        String imageUrl,

        Instant createdAt,
        Instant updatedAt) {

    public static ProductView of(Product product, Instant now) {
        return new ProductView(
                product.requireId().value(),
                product.name().value(),
                product.description().value(),
                product.price().amount(),
                product.salePriceAt(now).map(Money::amount).orElse(null),
                product.stock(),
                product.imageName().map(MediaController::productImageUrl).orElse(null),
                product.createdAt(),
                product.updatedAt());
    }
}

package turgus.persistence.catalog;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product of a page of search results, with how many products the search found in all ({@code
 * COUNT(*) OVER ()}), so that a page and its count come from one statement (a projection).
 */
@Introspected
record FoundProductRow(
        long id,
        String name,
        String description,
        BigDecimal price,
        int stock,
        boolean active,
        @Nullable Integer salePercent,
        @Nullable Instant saleEndsAt,
        @Nullable String imageName,
        Instant createdAt,
        Instant updatedAt,
        long totalFound) {
    ProductRow product() {
        return new ProductRow(
                id, name, description, price, stock, active, salePercent, saleEndsAt, imageName, createdAt, updatedAt);
    }
}

package turgus.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A product of a listing's page, with the catalog's version read by the same statement ({@link
 * ProductRowRepository#VERSION_COLUMNS}): the page and the version its total is kept for cost one
 * round trip instead of two. Read by {@link ProductReads}.
 */
record ListedProductRow(
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
        long lastId,
        long lastChange) {
    ProductRow product() {
        return new ProductRow(
                id, name, description, price, stock, active, salePercent, saleEndsAt, imageName, createdAt, updatedAt);
    }

    ProductsVersionRow version() {
        return new ProductsVersionRow(lastId, lastChange);
    }
}

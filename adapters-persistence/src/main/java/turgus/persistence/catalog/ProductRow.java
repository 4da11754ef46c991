package turgus.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;

/** One row of {@code products}. */
@MappedEntity("products")
record ProductRow(
        @Id @GeneratedValue @Nullable Long id,
        String name,
        String description,
        BigDecimal price,
        int stock,
        boolean active,
        @Nullable Integer salePercent,
        @Nullable Instant saleEndsAt,
        @Nullable String imageName,
        Instant createdAt,
        Instant updatedAt) {}

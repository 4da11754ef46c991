package turgus.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import turgus.domain.catalog.ProductId;

/** On H2, one conditional update per product ({@link ProductRowRepository#takeStock}), stopping at the first short one. */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
final class H2StockTakes implements StockTakes {
    private final ProductRowRepository rows;

    H2StockTakes(ProductRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public Optional<ProductId> takeAll(SortedMap<ProductId, Integer> wanted) {
        for (Map.Entry<ProductId, Integer> line : wanted.entrySet()) {
            if (rows.takeStock(line.getKey().value(), line.getValue()) != 1) {
                return Optional.of(line.getKey());
            }
        }
        return Optional.empty();
    }
}

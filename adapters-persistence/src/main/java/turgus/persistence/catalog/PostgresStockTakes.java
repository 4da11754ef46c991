package turgus.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import turgus.domain.catalog.ProductId;

/**
 * On PostgreSQL, every product in one statement ({@link PostgresStockRepository#takeStockOfAll}),
 * which answers the ids it took: a product missing from them is short.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresStockTakes implements StockTakes {
    private final PostgresStockRepository rows;

    PostgresStockTakes(PostgresStockRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public Optional<ProductId> takeAll(SortedMap<ProductId, Integer> wanted) {
        long[] ids = new long[wanted.size()];
        int[] quantities = new int[wanted.size()];
        int i = 0;
        for (var line : wanted.entrySet()) {
            ids[i] = line.getKey().value();
            quantities[i] = line.getValue();
            i++;
        }
        Set<Long> taken = new HashSet<>(rows.takeStockOfAll(ids, quantities));
        if (taken.size() == ids.length) {
            return Optional.empty();
        }
        return wanted.keySet().stream()
                .filter(id -> !taken.contains(id.value()))
                .findFirst();
    }
}

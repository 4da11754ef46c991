package turgus.persistence.catalog;

import java.util.Optional;
import java.util.SortedMap;
import turgus.domain.catalog.ProductId;

/**
 * How the database takes the stock of several products at once, locking them in ascending id order:
 * one statement on PostgreSQL ({@link PostgresStockTakes}), one per product on H2 ({@link
 * H2StockTakes}).
 */
interface StockTakes {
    /**
     * Takes each quantity of an active product with enough in stock.
     *
     * @param wanted quantities by product, in ascending id order
     * @return the first product in id order that was not taken; empty when all were
     */
    Optional<ProductId> takeAll(SortedMap<ProductId, Integer> wanted);
}

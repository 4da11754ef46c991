package turgus.persistence.catalog;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import turgus.application.catalog.port.out.StockLedger;
import turgus.domain.catalog.ProductId;
import turgus.persistence.shared.DatabaseTime;

/**
 * Stock taken and given back in {@code products}, each by one conditional statement whose row count
 * says whether it happened ({@link ProductRowRepository#takeStock}).
 */
@Singleton
public final class JdbcStockLedger implements StockLedger {
    private final ProductRowRepository rows;

    JdbcStockLedger(ProductRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public boolean take(ProductId id, int quantity, Instant now) {
        requirePositive(quantity);
        return rows.takeStock(id.value(), quantity, DatabaseTime.of(now)) == 1;
    }

    @Override
    public boolean giveBack(ProductId id, int quantity, Instant now) {
        requirePositive(quantity);
        return rows.giveBackStock(id.value(), quantity, DatabaseTime.of(now)) == 1;
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Stock moves in positive quantities: " + quantity);
        }
    }
}

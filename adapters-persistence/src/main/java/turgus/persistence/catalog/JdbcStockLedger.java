package turgus.persistence.catalog;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import turgus.application.catalog.port.out.StockLedger;
import turgus.domain.catalog.ProductId;
import turgus.persistence.shared.Sql;

/**
 * Stock taken and given back in {@code products}, each by one conditional statement. PostgreSQL
 * (Read Committed) re-checks the WHERE clause on the newest row version after waiting for a
 * concurrent buyer; H2 locks the row likewise, so {@code stock >= ?} holds when the update happens.
 */
@Singleton
public final class JdbcStockLedger implements StockLedger {
    private final Sql sql;

    JdbcStockLedger(Sql sql) {
        this.sql = Objects.requireNonNull(sql, "sql");
    }

    @Override
    public boolean take(ProductId id, int quantity, Instant now) {
        requirePositive(quantity);
        return sql.update(
                        "UPDATE products SET stock = stock - ?, updated_at = ? WHERE id = ? AND active AND stock >= ?",
                        quantity,
                        now,
                        id.value(),
                        quantity)
                == 1;
    }

    @Override
    public boolean giveBack(ProductId id, int quantity, Instant now) {
        requirePositive(quantity);
        return sql.update(
                        "UPDATE products SET stock = stock + ?, updated_at = ? WHERE id = ?", quantity, now, id.value())
                == 1;
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Stock moves in positive quantities: " + quantity);
        }
    }
}

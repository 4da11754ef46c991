package turgus.persistence.catalog;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import turgus.application.catalog.port.out.StockLedger;
import turgus.domain.catalog.ProductId;

/**
 * Stock taken and given back in {@code products}, each by one conditional statement whose row count
 * says whether it happened ({@link ProductRowRepository#takeStock}); an order's products all at once
 * as the database does it best ({@link StockTakes}).
 */
@Singleton
public final class JdbcStockLedger implements StockLedger {
    private final ProductRowRepository rows;
    private final StockTakes takes;

    JdbcStockLedger(ProductRowRepository rows, StockTakes takes) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.takes = Objects.requireNonNull(takes, "takes");
    }

    @Override
    public boolean take(ProductId id, int quantity) {
        requirePositive(quantity);
        return rows.takeStock(id.value(), quantity) == 1;
    }

    @Override
    public Optional<ProductId> takeAll(List<Line> lines) {
        SortedMap<ProductId, Integer> wanted = StockLedger.summed(lines);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return takes.takeAll(wanted);
    }

    @Override
    public boolean giveBack(ProductId id, int quantity) {
        requirePositive(quantity);
        return rows.giveBackStock(id.value(), quantity) == 1;
    }

    private static void requirePositive(int quantity) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Stock moves in positive quantities: " + quantity);
        }
    }
}

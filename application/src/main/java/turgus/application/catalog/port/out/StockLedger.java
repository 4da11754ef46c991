package turgus.application.catalog.port.out;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import turgus.domain.catalog.ProductId;

/**
 * Takes items out of stock for an order and puts them back for a refund, by conditional statements
 * whose row counts say whether it happened. Callers touching several products do so in
 * ascending product id order, so that concurrent orders lock rows in the same order.
 *
 * <p>These moves leave a product's {@code updatedAt} alone: it tells when an admin last changed the
 * product (a restock included), while the orders and refunds say when stock went out and came back.
 * So a purchase rewrites only the stock, which PostgreSQL can do in place (no index holds it).
 */
public interface StockLedger {
    /**
     * Takes {@code quantity} items of an active product, only if that many are in stock.
     *
     * @return false if the product is unknown, withdrawn or has fewer items
     */
    boolean take(ProductId id, int quantity);

    /**
     * Takes the items of every line (the quantities of one product summed) in one go, the products in
     * ascending id order. Each product is taken only if it is active with enough in stock; when one is
     * not, the others may have been taken already, so the caller's transaction must roll back.
     *
     * @return the first product, in ascending id order, that could not be taken; empty when all were
     */
    Optional<ProductId> takeAll(List<Line> lines);

    /** Items of one product to take. */
    record Line(ProductId productId, int quantity) {
        public Line {
            Objects.requireNonNull(productId, "productId");
            if (quantity < 1) {
                throw new IllegalArgumentException("Stock moves in positive quantities: " + quantity);
            }
        }
    }

    /** The lines' quantities summed by product, in ascending product id order. */
    static SortedMap<ProductId, Integer> summed(List<Line> lines) {
        SortedMap<ProductId, Integer> wanted = new TreeMap<>(Comparator.comparingLong(ProductId::value));
        for (Line line : lines) {
            wanted.merge(line.productId(), line.quantity(), Integer::sum);
        }
        return wanted;
    }

    /** Puts {@code quantity} items back (a refund); false if the product is unknown. */
    boolean giveBack(ProductId id, int quantity);
}

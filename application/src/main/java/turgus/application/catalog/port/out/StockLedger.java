package turgus.application.catalog.port.out;

import java.time.Instant;
import turgus.domain.catalog.ProductId;

/**
 * Takes items out of stock for an order and puts them back for a refund, each in one conditional
 * statement whose row count says whether it happened. Callers touching several products do so in
 * ascending product id order, so that concurrent orders lock rows in the same order.
 */
public interface StockLedger {
    /**
     * Takes {@code quantity} items of an active product, only if that many are in stock.
     *
     * @return false if the product is unknown, withdrawn or has fewer items
     */
    boolean take(ProductId id, int quantity, Instant now);

    /** Puts {@code quantity} items back (a refund); false if the product is unknown. */
    boolean giveBack(ProductId id, int quantity, Instant now);
}

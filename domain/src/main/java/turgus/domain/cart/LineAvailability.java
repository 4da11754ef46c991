package turgus.domain.cart;

import turgus.domain.catalog.Product;

/** Whether a cart line can be bought as it stands. */
public enum LineAvailability {
    AVAILABLE,
    /** Fewer items are in stock than the line asks for (perhaps none). */
    OUT_OF_STOCK,
    /** The product was taken off sale. */
    WITHDRAWN;

    static LineAvailability of(Product product, int quantity) {
        if (!product.isActive()) {
            return WITHDRAWN;
        }
        return product.stock() >= quantity ? AVAILABLE : OUT_OF_STOCK;
    }
}

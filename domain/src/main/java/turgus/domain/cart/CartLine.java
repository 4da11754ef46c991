package turgus.domain.cart;

import java.util.Objects;
import turgus.domain.catalog.ProductId;
import turgus.domain.shared.Quantity;

/** So many items of one product in a cart. */
public record CartLine(ProductId productId, Quantity quantity) {
    public CartLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(quantity, "quantity");
    }

    public static CartLine of(ProductId productId, int quantity) {
        return new CartLine(productId, Quantity.of(quantity));
    }

    public CartLine withQuantity(Quantity newQuantity) {
        return new CartLine(productId, newQuantity);
    }
}

package turgus.domain.cart;

import java.util.Objects;
import turgus.domain.catalog.ProductId;

/** A change to a cart line that the cart does not have. */
public class ProductNotInCart extends RuntimeException {
    private final transient ProductId productId;

    public ProductNotInCart(ProductId productId) {
        super("This product is not in the cart");
        this.productId = Objects.requireNonNull(productId, "productId");
    }

    public ProductId productId() {
        return productId;
    }
}

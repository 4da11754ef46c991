package turgus.domain.cart;

import java.util.Objects;
import turgus.domain.catalog.ProductId;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/** A change to a cart line that the cart does not have. */
public class ProductNotInCart extends Refusal {
    private final transient ProductId productId;

    public ProductNotInCart(ProductId productId) {
        super(RefusalReason.NOT_IN_CART, details("productId", productId.value()), "This product is not in the cart");
        this.productId = Objects.requireNonNull(productId, "productId");
    }

    public ProductId productId() {
        return productId;
    }
}

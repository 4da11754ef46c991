package turgus.domain.cart;

import java.util.Objects;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/**
 * More items of a product were asked for than can be sold: {@code available} are left (0 once the
 * product is withdrawn).
 */
public class InsufficientStock extends Refusal {
    private final transient ProductId productId;
    private final String productName;
    private final int requested;
    private final int available;

    public InsufficientStock(ProductId productId, String productName, int requested, int available) {
        super(
                RefusalReason.OUT_OF_STOCK,
                details(
                        "productId", productId.value(),
                        "productName", productName,
                        "requested", requested,
                        "available", available),
                describe(productName, available));
        this.productId = Objects.requireNonNull(productId, "productId");
        this.productName = Objects.requireNonNull(productName, "productName");
        this.requested = requested;
        this.available = available;
    }

    /** Refuses {@code requested} items of {@code product} unless it is on sale with that many in stock. */
    public static void check(Product product, int requested) {
        int available = product.isActive() ? product.stock() : 0;
        if (requested > available) {
            throw new InsufficientStock(product.requireId(), product.name().value(), requested, available);
        }
    }

    public ProductId productId() {
        return productId;
    }

    public String productName() {
        return productName;
    }

    public int requested() {
        return requested;
    }

    public int available() {
        return available;
    }

    private static String describe(String productName, int available) {
        if (available == 0) {
            return productName + " is no longer available";
        }
        return "Only " + available + " of " + productName + " " + (available == 1 ? "is" : "are") + " left";
    }
}

package turgus.domain.order;

import java.util.Objects;
import turgus.domain.catalog.ProductId;
import turgus.domain.shared.Money;

/**
 * One line of an order as it was bought: the product's name and prices of that moment, which later
 * catalog changes never touch.
 *
 * @param regularUnitPrice the catalog price then
 * @param unitPrice the price paid per item: the sale price if a sale ran
 */
public record OrderLine(
        ProductId productId, String name, Money regularUnitPrice, Money unitPrice, int quantity, Money lineTotal) {

    public OrderLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regularUnitPrice, "regularUnitPrice");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(lineTotal, "lineTotal");
        if (quantity < 1) {
            throw new IllegalArgumentException("An order line holds at least one item: " + quantity);
        }
        if (unitPrice.isNegative() || unitPrice.isGreaterThan(regularUnitPrice)) {
            throw new IllegalArgumentException("A unit price paid is at most the regular price");
        }
        if (!lineTotal.equals(unitPrice.times(quantity))) {
            throw new IllegalArgumentException("A line total is its unit price times its quantity");
        }
    }

    /** What the sale saved on this line; zero without a sale. */
    public Money saleSaving() {
        return regularUnitPrice.times(quantity).minus(lineTotal);
    }
}

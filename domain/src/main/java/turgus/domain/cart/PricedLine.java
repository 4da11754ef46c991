package turgus.domain.cart;

import java.util.Objects;
import java.util.Optional;
import turgus.domain.catalog.ProductId;
import turgus.domain.discount.AppliedDiscount;
import turgus.domain.discount.DiscountKind;
import turgus.domain.shared.Money;

/**
 * A cart line as priced at one moment: the product's name, its regular price, the unit price paid
 * (the sale price while a sale runs), the quantity and the line total, and whether it can be bought.
 *
 * @param salePercent the percent of the running sale, or 0 without one
 * @param inStock how many items the shop can sell now: the stock, or 0 once withdrawn
 */
public record PricedLine(
        ProductId productId,
        String name,
        Money regularUnitPrice,
        Money unitPrice,
        int salePercent,
        int quantity,
        Money lineTotal,
        LineAvailability availability,
        int inStock) {

    public PricedLine {
        Objects.requireNonNull(productId, "productId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(regularUnitPrice, "regularUnitPrice");
        Objects.requireNonNull(unitPrice, "unitPrice");
        Objects.requireNonNull(lineTotal, "lineTotal");
        Objects.requireNonNull(availability, "availability");
        if (!lineTotal.equals(unitPrice.times(quantity))) {
            throw new IllegalArgumentException("A line total is its unit price times its quantity");
        }
    }

    /** Whether the line can be bought: the product is on sale with at least this many in stock. */
    public boolean available() {
        return availability == LineAvailability.AVAILABLE;
    }

    /** What the line would cost at the regular price. */
    public Money regularLineTotal() {
        return regularUnitPrice.times(quantity);
    }

    /** The running sale on this line: the product, its percent and the amount saved. */
    public Optional<AppliedDiscount> sale() {
        Money saved = regularLineTotal().minus(lineTotal);
        if (!saved.isPositive()) {
            return Optional.empty();
        }
        return Optional.of(AppliedDiscount.of(DiscountKind.SALE, name, salePercent, saved));
    }
}

package turgus.domain.cart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.account.UserId;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.discount.PromoCode;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Quantity;

/**
 * A customer's cart: lines of products in the order they were first added, one line per product, and
 * perhaps a promo code. It holds no prices: {@link CartPricing} prices it against the catalog of the
 * moment, so that a price change or a sale shows at once.
 *
 * <p>A line holds 1 to {@value #MAX_QUANTITY} items; a cart at most {@value #MAX_LINES} different
 * products. A change that would break either is refused whole.
 */
public final class Cart {
    public static final int MAX_QUANTITY = 1_000;
    public static final int MAX_LINES = 100;

    private final UserId owner;
    private final LinkedHashMap<ProductId, CartLine> lines = new LinkedHashMap<>();
    private String promoCode;

    private Cart(UserId owner) {
        this.owner = Objects.requireNonNull(owner, "owner");
    }

    public static Cart emptyFor(UserId owner) {
        return new Cart(owner);
    }

    /** Rebuilds a stored cart; lines of the same product merge, as if added one by one. */
    public static Cart restore(UserId owner, List<CartLine> lines, String promoCode) {
        Cart cart = new Cart(owner);
        cart.addAll(lines);
        if (promoCode != null) {
            cart.applyPromoCode(promoCode);
        }
        return cart;
    }

    /** Adds {@code quantity} items of a product; a product already in the cart gets them added to its line. */
    public void add(ProductId productId, Quantity quantity) {
        addAll(List.of(new CartLine(productId, quantity)));
    }

    /**
     * Adds several lines at once, each as {@link #add} would; either all of them or, if one breaks a
     * limit, none.
     */
    public void addAll(List<CartLine> added) {
        Objects.requireNonNull(added, "lines");
        LinkedHashMap<ProductId, CartLine> merged = new LinkedHashMap<>(lines);
        for (CartLine line : added) {
            Objects.requireNonNull(line, "line");
            CartLine present = merged.get(line.productId());
            int quantity = present == null
                    ? line.quantity().value()
                    : present.quantity().value() + line.quantity().value();
            merged.put(line.productId(), line.withQuantity(checkQuantity(quantity)));
        }
        if (merged.size() > MAX_LINES) {
            throw new InvalidValueException("productId", FieldRule.CART_FULL, "max", MAX_LINES);
        }
        lines.clear();
        lines.putAll(merged);
    }

    /** Sets how many items of a product the cart holds; 0 removes the line. */
    public void changeQuantity(ProductId productId, int quantity) {
        CartLine line = requireLine(productId);
        if (quantity < 0) {
            throw new InvalidValueException("quantity", FieldRule.NEGATIVE);
        }
        if (quantity == 0) {
            lines.remove(productId);
            return;
        }
        lines.put(productId, line.withQuantity(checkQuantity(quantity)));
    }

    public void remove(ProductId productId) {
        requireLine(productId);
        lines.remove(productId);
    }

    /** Empties the cart: no line and no promo code, as after a checkout. */
    public void clear() {
        lines.clear();
        promoCode = null;
    }

    /** Names a promo code for the next order; it replaces any earlier one. */
    public void applyPromoCode(String code) {
        promoCode = PromoCode.normalise(code);
    }

    public void removePromoCode() {
        promoCode = null;
    }

    /**
     * Refuses the quantity in the cart of {@code product} if the shop cannot sell that many: more than
     * its stock, or any at all once it is withdrawn. A product not in the cart passes.
     */
    public void checkStock(Product product) {
        CartLine line = lines.get(product.requireId());
        if (line != null) {
            InsufficientStock.check(product, line.quantity().value());
        }
    }

    public UserId owner() {
        return owner;
    }

    /** The lines, in the order their products were first added. */
    public List<CartLine> lines() {
        return List.copyOf(lines.values());
    }

    public Optional<CartLine> line(ProductId productId) {
        return Optional.ofNullable(lines.get(productId));
    }

    public boolean contains(ProductId productId) {
        return lines.containsKey(productId);
    }

    public List<ProductId> productIds() {
        return new ArrayList<>(lines.keySet());
    }

    /** How many items in all lines together. */
    public int itemCount() {
        return lines.values().stream().mapToInt(l -> l.quantity().value()).sum();
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    public Optional<String> promoCode() {
        return Optional.ofNullable(promoCode);
    }

    @Override
    public String toString() {
        return "Cart[" + owner + ", " + lines.values() + (promoCode == null ? "" : ", " + promoCode) + "]";
    }

    private CartLine requireLine(ProductId productId) {
        Objects.requireNonNull(productId, "productId");
        CartLine line = lines.get(productId);
        if (line == null) {
            throw new ProductNotInCart(productId);
        }
        return line;
    }

    private static Quantity checkQuantity(int quantity) {
        if (quantity > MAX_QUANTITY) {
            throw new InvalidValueException("quantity", FieldRule.TOO_MANY_OF_PRODUCT, "max", MAX_QUANTITY);
        }
        return Quantity.of(quantity);
    }
}

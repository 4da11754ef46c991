package turgus.application.cart.port.in;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import turgus.domain.account.UserId;
import turgus.domain.cart.CartLine;
import turgus.domain.catalog.ProductId;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Quantity;

/** One product or several to add to a customer's cart, each at least one item. */
public record AddToCartCommand(UserId customer, List<CartLine> lines) {
    public AddToCartCommand {
        Objects.requireNonNull(customer, "customer");
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new InvalidValueException("items", FieldRule.EMPTY);
        }
    }

    /** A requested line: the product's id and how many (both required). */
    public record Item(Long productId, Integer quantity) {}

    public static AddToCartCommand of(UserId customer, List<Item> items) {
        FieldValidation validation = new FieldValidation();
        List<CartLine> lines = new ArrayList<>();
        if (items == null || items.isEmpty()) {
            validation.reject("items", FieldRule.EMPTY);
        } else {
            for (Item item : items) {
                if (item == null || item.productId() == null) {
                    validation.reject("productId", FieldRule.REQUIRED);
                    continue;
                }
                if (item.productId() < 1) {
                    validation.reject("productId", FieldRule.TOO_SMALL, "min", 1);
                    continue;
                }
                CartLine line = validation.check(() -> new CartLine(
                        ProductId.of(item.productId()), Quantity.of(item.quantity() == null ? 0 : item.quantity())));
                if (line != null) {
                    lines.add(line);
                }
            }
        }
        validation.throwIfInvalid();
        return new AddToCartCommand(customer, lines);
    }
}

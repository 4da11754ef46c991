package turgus.application.cart.port.in;

import turgus.domain.account.UserId;
import turgus.domain.cart.PricedCart;
import turgus.domain.catalog.ProductId;

/**
 * Changes to a customer's cart; each answers the cart priced afterwards. An unknown or withdrawn
 * product, or one not in the cart, is not found; more items than in stock is {@code
 * InsufficientStock} (it names the product); a promo code that cannot be used is invalid input with
 * the reason.
 */
public interface ChangeCartUseCase {
    PricedCart add(AddToCartCommand command);

    /** Sets a line's quantity; 0 removes it. */
    PricedCart changeQuantity(UserId customer, ProductId productId, int quantity);

    PricedCart remove(UserId customer, ProductId productId);

    void clear(UserId customer);

    PricedCart applyPromoCode(UserId customer, String code);

    PricedCart removePromoCode(UserId customer);
}

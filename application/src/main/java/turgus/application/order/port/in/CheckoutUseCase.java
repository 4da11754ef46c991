package turgus.application.order.port.in;

import turgus.domain.order.Order;

/**
 * Pays a customer's cart from their balance in one transaction: stock taken, balance debited, the
 * order written with its price and discount snapshots, the promo code's use counted, the cart
 * emptied — all or nothing.
 *
 * <p>Refusals: an empty cart is invalid input (field {@code cart}); a line that cannot be bought is
 * {@code InsufficientStock} naming the product; too little money is {@code InsufficientBalance} with
 * what it needs and what there is; a promo code used up meanwhile is invalid input (field {@code
 * code}). A retry with the same idempotency key answers the first order and buys nothing.
 */
public interface CheckoutUseCase {
    Order checkout(CheckoutCommand command);
}

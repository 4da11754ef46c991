package turgus.application.cart.port.in;

import turgus.domain.account.UserId;
import turgus.domain.cart.PricedCart;

/**
 * A customer's cart priced now: current prices and sales, the customer's loyalty discount or the
 * cart's promo code (the better one), and every line flagged that ran out or was withdrawn.
 */
public interface ShowCartQuery {
    PricedCart show(UserId customer);
}

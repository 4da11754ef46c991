package turgus.application.cart.port.out;

import java.util.Optional;
import turgus.domain.account.UserId;
import turgus.domain.cart.Cart;

/** Saved carts: they outlive sessions and restarts. */
public interface CartRepository {
    /**
     * Makes sure the customer has a stored cart (empty at first). Safe from many threads at once; call
     * it before the transaction that {@linkplain #lock locks} the cart.
     */
    void open(UserId owner);

    /**
     * Locks the opened cart until the surrounding transaction ends and answers it, so that changes
     * from several devices happen one after the other and none is lost.
     */
    Cart lock(UserId owner);

    /**
     * Locks the cart like {@link #lock}, empties it (its lines, and its promo code if it had one) and
     * answers it as it was; empty for a customer who never had one. For a checkout: the cart is paid
     * whole or, when the surrounding transaction rolls back, left as it was.
     */
    Optional<Cart> emptyIfOpen(UserId owner);

    /** The cart as stored; an empty one for a customer who has none. */
    Cart find(UserId owner);

    /** Writes the cart's lines (in their order) and promo code over the stored ones. */
    void save(Cart cart);
}

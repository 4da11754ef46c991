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
     * Locks the cart like {@link #lock}, or answers empty for a customer who never had one: a
     * checkout has nothing to pay then, and need not create a cart first.
     */
    Optional<Cart> lockIfOpen(UserId owner);

    /**
     * Empties a cart that was just paid, inside the transaction that locked it: its lines, and its
     * promo code if it had one (no write for what is already empty).
     */
    void empty(Cart paid);

    /** The cart as stored; an empty one for a customer who has none. */
    Cart find(UserId owner);

    /** Writes the cart's lines (in their order) and promo code over the stored ones. */
    void save(Cart cart);
}

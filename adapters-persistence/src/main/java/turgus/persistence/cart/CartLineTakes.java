package turgus.persistence.cart;

import java.util.List;
import java.util.Optional;

/**
 * How the database locks a cart for its checkout, empties its lines and answers what it held: two
 * statements sent in one round trip on PostgreSQL ({@link PostgresCartLineTakes}), a lock, a read
 * and a delete on H2 ({@link H2CartLineTakes}).
 */
interface CartLineTakes {
    /** A locked cart as it was before its lines were taken: its promo code and lines, in their order. */
    record TakenCart(String promoCode, List<CartLineRow> lines) {
        public TakenCart {
            lines = List.copyOf(lines);
        }
    }

    /**
     * Locks the owner's cart until the transaction ends, then deletes its lines and answers them;
     * nothing when the owner never had a cart.
     */
    Optional<TakenCart> takeIfOpen(long owner);
}

package turgus.persistence.cart;

import java.util.List;

/**
 * How the database empties a locked cart's lines and answers them: one statement on PostgreSQL
 * ({@code DELETE … RETURNING}, {@link PostgresCartLineTakes}), a read and a delete on H2 ({@link
 * H2CartLineTakes}).
 */
interface CartLineTakes {
    /** Deletes the cart's lines and answers them in their order. */
    List<CartLineRow> takeLines(long owner);
}

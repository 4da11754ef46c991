package turgus.persistence.cart;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * On PostgreSQL, the cart's lock and its {@code DELETE … RETURNING} go to the server together, in one
 * round trip, as two statements. They must stay two: the server runs them one after the other, and
 * the delete's snapshot is taken only once the lock is held, so it sees the lines of a cart that was
 * being saved while the checkout waited for the lock. One statement (the lock in a {@code WITH}) would
 * delete with the snapshot taken before the wait, miss the lines saved meanwhile and pay an empty
 * cart. Every checkout runs it, so it is bound and read with plain JDBC, the columns by position.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresCartLineTakes implements CartLineTakes {
    static final String TAKE_OPEN_CART = "SELECT promo_code FROM carts WHERE user_id = ? FOR UPDATE;"
            + " DELETE FROM cart_lines WHERE user_id = ? RETURNING user_id, product_id, quantity, line_no, added_at";

    private final JdbcOperations jdbc;

    PostgresCartLineTakes(JdbcOperations jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<TakenCart> takeIfOpen(long owner) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statements = connection.prepareStatement(TAKE_OPEN_CART)) {
                statements.setLong(1, owner);
                statements.setLong(2, owner);
                statements.execute();
                boolean open;
                String promoCode = null;
                try (ResultSet cart = statements.getResultSet()) {
                    open = cart.next();
                    if (open) {
                        promoCode = cart.getString(1);
                    }
                }
                if (!statements.getMoreResults()) {
                    throw new IllegalStateException("The cart's lines were not answered");
                }
                List<CartLineRow> taken = readLines(statements.getResultSet());
                return open ? Optional.of(new TakenCart(promoCode, taken)) : Optional.empty();
            }
        });
    }

    private static List<CartLineRow> readLines(ResultSet rows) throws SQLException {
        try (rows) {
            List<CartLineRow> found = new ArrayList<>();
            while (rows.next()) {
                found.add(new CartLineRow(
                        rows.getLong(1),
                        rows.getLong(2),
                        rows.getInt(3),
                        rows.getInt(4),
                        rows.getTimestamp(5).toInstant()));
            }
            // RETURNING answers rows in no set order.
            found.sort(Comparator.comparingInt(CartLineRow::lineNo));
            return found;
        }
    }
}

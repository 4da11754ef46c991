package turgus.persistence.cart;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * On PostgreSQL, one {@code DELETE … RETURNING}, whose rows come in no set order. Every checkout runs
 * it, so it is bound and read with plain JDBC, the columns by position, rather than through Micronaut
 * Data's entity mapping; the statement is a constant, one server-side prepared statement per
 * connection.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresCartLineTakes implements CartLineTakes {
    static final String TAKE_LINES =
            "DELETE FROM cart_lines WHERE user_id = ? RETURNING user_id, product_id, quantity, line_no, added_at";

    private final JdbcOperations jdbc;

    PostgresCartLineTakes(JdbcOperations jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public List<CartLineRow> takeLines(long owner) {
        List<CartLineRow> taken = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(TAKE_LINES)) {
                statement.setLong(1, owner);
                try (ResultSet rows = statement.executeQuery()) {
                    List<CartLineRow> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new CartLineRow(
                                rows.getLong(1),
                                rows.getLong(2),
                                rows.getInt(3),
                                rows.getInt(4),
                                rows.getTimestamp(5).toInstant()));
                    }
                    return found;
                }
            }
        });
        taken.sort(Comparator.comparingInt(CartLineRow::lineNo));
        return taken;
    }
}

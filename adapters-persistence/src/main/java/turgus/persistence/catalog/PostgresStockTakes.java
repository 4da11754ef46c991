package turgus.persistence.catalog;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import turgus.domain.catalog.ProductId;
import turgus.persistence.shared.PlannedOnce;

/**
 * On PostgreSQL, every product in one statement, which answers the ids it took: a product missing
 * from them is short.
 *
 * <p>The statement takes each wanted product's quantity, only from an active product with enough
 * left. The CTE {@code locked} locks the rows in ascending id order (its lock step runs above its
 * sort) before the update touches any of them, so concurrent checkouts never wait on each other in a
 * cycle. The update then re-checks its condition on the newest version of each row (Read Committed),
 * as the single-product {@link ProductRowRepository#takeStock} does. The
 * lock is the one an {@code UPDATE} takes ({@code FOR NO KEY UPDATE}), not {@code FOR UPDATE}: that
 * would also wait for the key locks that foreign keys take on a product (a cart line being added), in
 * no set order. Only the stock changes, a column no index holds, so PostgreSQL rewrites the rows in
 * place (HOT).
 *
 * <p>Every checkout runs it, so it is bound with plain JDBC rather than through Micronaut Data. The
 * products come as a {@code VALUES} list of one row per product, not as arrays, so that PostgreSQL
 * plans the statement once per connection and number of products ({@link PlannedOnce}); with arrays
 * it planned every checkout's update afresh, which took longer than running it.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresStockTakes implements StockTakes {
    /** The statement for a number of products: each product's id, then its quantity. */
    static final PlannedOnce TAKE_ALL = new PlannedOnce(count -> "WITH wanted(id, quantity) AS (VALUES "
            + PlannedOnce.repeated("(CAST(? AS BIGINT), CAST(? AS INT))", count) + "),"
            + " locked AS (SELECT id FROM products WHERE id IN (SELECT id FROM wanted) ORDER BY id FOR NO KEY UPDATE)"
            + " UPDATE products p SET stock = p.stock - wanted.quantity"
            + " FROM wanted, locked"
            + " WHERE p.id = wanted.id AND locked.id = p.id AND p.active AND p.stock >= wanted.quantity"
            + " RETURNING p.id");

    private final JdbcOperations jdbc;

    PostgresStockTakes(JdbcOperations jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<ProductId> takeAll(SortedMap<ProductId, Integer> wanted) {
        Set<Long> taken = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(TAKE_ALL.forCount(wanted.size()))) {
                int parameter = 1;
                for (var line : wanted.entrySet()) {
                    statement.setLong(parameter++, line.getKey().value());
                    statement.setInt(parameter++, line.getValue());
                }
                try (ResultSet rows = statement.executeQuery()) {
                    Set<Long> found = new HashSet<>();
                    while (rows.next()) {
                        found.add(rows.getLong(1));
                    }
                    return found;
                }
            }
        });
        if (taken.size() == wanted.size()) {
            return Optional.empty();
        }
        return wanted.keySet().stream()
                .filter(id -> !taken.contains(id.value()))
                .findFirst();
    }
}

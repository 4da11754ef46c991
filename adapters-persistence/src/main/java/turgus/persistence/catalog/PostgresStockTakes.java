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

/**
 * On PostgreSQL, every product in one statement, which answers the ids it took: a product missing
 * from them is short.
 *
 * <p>The statement takes {@code quantities[i]} of product {@code ids[i]} for every i, each only from
 * an active product with enough left. The CTE {@code locked} locks the rows in ascending id order (its
 * lock step runs above its sort) before the update touches any of them, so concurrent checkouts never
 * wait on each other in a cycle. The update then re-checks its condition on the newest version of
 * each row (Read Committed), as the single-product {@link ProductRowRepository#takeStock} does. The
 * lock is the one an {@code UPDATE} takes ({@code FOR NO KEY UPDATE}), not {@code FOR UPDATE}: that
 * would also wait for the key locks that foreign keys take on a product (a cart line being added), in
 * no set order. Only the stock changes, a column no index holds, so PostgreSQL rewrites the rows in
 * place (HOT).
 *
 * <p>Every checkout runs it, so its two arrays are bound with plain JDBC rather than through Micronaut
 * Data; the statement is a constant, one server-side prepared statement per connection.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresStockTakes implements StockTakes {
    static final String TAKE_ALL = "WITH wanted AS (SELECT * FROM unnest(CAST(? AS BIGINT ARRAY), CAST(? AS INT ARRAY))"
            + " AS w(id, quantity)),"
            + " locked AS (SELECT id FROM products WHERE id IN (SELECT id FROM wanted) ORDER BY id FOR NO KEY UPDATE)"
            + " UPDATE products p SET stock = p.stock - wanted.quantity"
            + " FROM wanted, locked"
            + " WHERE p.id = wanted.id AND locked.id = p.id AND p.active AND p.stock >= wanted.quantity"
            + " RETURNING p.id";

    private final JdbcOperations jdbc;

    PostgresStockTakes(JdbcOperations jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public Optional<ProductId> takeAll(SortedMap<ProductId, Integer> wanted) {
        Long[] ids = new Long[wanted.size()];
        Integer[] quantities = new Integer[wanted.size()];
        int i = 0;
        for (var line : wanted.entrySet()) {
            ids[i] = line.getKey().value();
            quantities[i] = line.getValue();
            i++;
        }
        Set<Long> taken = jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(TAKE_ALL)) {
                statement.setArray(1, connection.createArrayOf("int8", ids));
                statement.setArray(2, connection.createArrayOf("int4", quantities));
                try (ResultSet rows = statement.executeQuery()) {
                    Set<Long> found = new HashSet<>();
                    while (rows.next()) {
                        found.add(rows.getLong(1));
                    }
                    return found;
                }
            }
        });
        if (taken.size() == ids.length) {
            return Optional.empty();
        }
        return wanted.keySet().stream()
                .filter(id -> !taken.contains(id.value()))
                .findFirst();
    }
}

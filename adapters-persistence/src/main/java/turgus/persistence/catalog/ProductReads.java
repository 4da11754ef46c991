package turgus.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.persistence.shared.PlannedOnce;

/**
 * The shop's most frequent reads of products, with plain JDBC, each row mapped by column position:
 * the catalog's pages ({@link ListedProductRow}), every listing without words and the products of a
 * kept search's page; a product by id (its page); and the products of a cart, which every pricing
 * and checkout reads.
 *
 * <p>Why not {@code @Query} methods: Micronaut Data maps a projection row one property at a time,
 * working out each column's name from the property's (camel case to snake case, annotation lookups)
 * and converting every value through its conversion service, on every row. With a page of 20
 * products the statement took a quarter of the shop's samples under the catalog's load on PostgreSQL
 * (JFR, 10,000 products), most of it in that mapping; read as below, 7 %. The columns are fixed
 * ({@link ProductRowRepository#LISTED}), so reading them by position is simpler and cheaper. Each
 * statement text is a server-side prepared statement per connection, shaped so that PostgreSQL plans
 * it once ({@link PlannedOnce}): a page's limit and offset are literals, a cart's ids one placeholder
 * each.
 */
@Singleton
final class ProductReads {
    /**
     * The orders a listing can take. Each is served by an index (V2's and V20's led by {@code active}
     * for one status, V20's for all), so a page costs the same whatever the catalog's size. {@code
     * ORDER BY active, …} sorts as {@code ORDER BY …} under {@code active = ?}, but H2 reads an index in
     * order only for an ORDER BY that begins with the index's columns.
     */
    enum Order {
        NAME("name, id"),
        PRICE("price, id"),
        PRICE_DESCENDING("price DESC, id"),
        NEWEST("created_at DESC, id DESC");

        private final String ofStatus;
        private final String ofAll;

        Order(String columns) {
            this.ofStatus = ProductRowRepository.LISTED + " FROM products WHERE active = ? ORDER BY active, " + columns;
            this.ofAll = ProductRowRepository.LISTED + " FROM products ORDER BY " + columns;
        }

        /** The page of the products of one status (active or withdrawn), whose one parameter is active. */
        String ofStatus(int limit, long offset) {
            return ofStatus + PlannedOnce.page(limit, offset);
        }

        /** The page of all products, without parameters. */
        String ofAll(int limit, long offset) {
            return ofAll + PlannedOnce.page(limit, offset);
        }
    }

    /** The products of a kept search's page, by primary key: one array parameter of ids. */
    static final String BY_IDS = ProductRowRepository.LISTED + " FROM products WHERE id = ANY(?)";

    /** A product by primary key: one id parameter. */
    static final String BY_ID = ProductRowRepository.COLUMNS + " FROM products WHERE id = ?";

    /** Products by primary key, in any order: one parameter per id. */
    static final PlannedOnce PRODUCTS_BY_IDS = new PlannedOnce(count ->
            ProductRowRepository.COLUMNS + " FROM products WHERE id IN (" + PlannedOnce.repeated("?", count) + ")");

    private final JdbcOperations jdbc;

    ProductReads(JdbcOperations jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** A page of the products of one status, in {@code order}. */
    List<ListedProductRow> ofStatus(boolean active, Order order, int limit, long offset) {
        return read(order.ofStatus(limit, offset), (connection, statement) -> statement.setBoolean(1, active));
    }

    /** A page of all products, in {@code order}. */
    List<ListedProductRow> ofAll(Order order, int limit, long offset) {
        return read(order.ofAll(limit, offset), (connection, statement) -> {});
    }

    /** The products of {@code ids} that exist, in any order. */
    List<ListedProductRow> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return read(BY_IDS, (connection, statement) -> {
            Array array = connection.createArrayOf("BIGINT", ids.toArray());
            statement.setArray(1, array);
        });
    }

    /** The product of {@code id}, if there is one. */
    Optional<ProductRow> product(long id) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(BY_ID)) {
                statement.setLong(1, id);
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? Optional.of(productRow(rows)) : Optional.empty();
                }
            }
        });
    }

    /** The products of {@code ids} that exist, in any order. */
    List<ProductRow> products(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(PRODUCTS_BY_IDS.forCount(ids.size()))) {
                int parameter = 1;
                for (long id : ids) {
                    statement.setLong(parameter++, id);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<ProductRow> found = new ArrayList<>(ids.size());
                    while (rows.next()) {
                        found.add(productRow(rows));
                    }
                    return found;
                }
            }
        });
    }

    @FunctionalInterface
    private interface Binder {
        void bind(Connection connection, PreparedStatement statement) throws SQLException;
    }

    /**
     * Runs {@code sql} on the connection of the transaction at hand, or on one of its own when there
     * is none; Micronaut Data turns an {@link SQLException} into its {@code DataAccessException}, as it
     * does for the repositories.
     */
    private List<ListedProductRow> read(String sql, Binder binder) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                binder.bind(connection, statement);
                try (ResultSet rows = statement.executeQuery()) {
                    List<ListedProductRow> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(row(rows));
                    }
                    return found;
                }
            }
        });
    }

    /** One row of {@link ProductRowRepository#LISTED}, by position: the product's columns, then the version's. */
    private static ListedProductRow row(ResultSet rows) throws SQLException {
        return new ListedProductRow(productRow(rows), rows.getLong(12), rows.getLong(13));
    }

    /** One row of {@link ProductRowRepository#COLUMNS}, by position. */
    private static ProductRow productRow(ResultSet rows) throws SQLException {
        return new ProductRow(
                rows.getLong(1),
                rows.getString(2),
                rows.getString(3),
                rows.getBigDecimal(4),
                rows.getInt(5),
                rows.getBoolean(6),
                nullableInt(rows, 7),
                instant(rows.getTimestamp(8)),
                rows.getString(9),
                instant(rows.getTimestamp(10)),
                instant(rows.getTimestamp(11)));
    }

    private static @Nullable Integer nullableInt(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}

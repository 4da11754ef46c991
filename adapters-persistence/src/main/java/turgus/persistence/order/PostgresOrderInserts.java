package turgus.persistence.order;

import io.micronaut.context.annotation.Requires;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.function.Function;

/**
 * On PostgreSQL, the order, its lines and its discounts in one statement: the order is named after
 * the account as it is now ({@code INSERT … SELECT … FROM users}), and the lines and discounts
 * travel as arrays, one element per row, unnested into their tables with the new order's id. No
 * account, no row: the order and everything after it select nothing.
 *
 * <p>Plain JDBC, as {@code ProductReads} does for the catalog: a checkout runs this on every
 * order, and Micronaut Data's binding of fifteen parameters and its batch insert of the discounts
 * cost more than the statement's round trip. The statement is a constant, so it stays one
 * server-side prepared statement per connection.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresOrderInserts implements OrderInserts {
    static final String INSERT = "WITH o AS (INSERT INTO orders (user_id, customer_name, customer_email, status,"
            + " subtotal, discount_total, total, promo_code, created_at, refunded_at)"
            + " SELECT id, full_name, email, ?, ?, ?, ?, ?, ?, ? FROM users WHERE id = ? RETURNING id),"
            + " l AS (INSERT INTO order_lines (order_id, line_no, product_id, name, regular_unit_price, unit_price,"
            + " quantity, line_total)"
            + " SELECT o.id, t.line_no, t.product_id, t.name, t.regular_unit_price, t.unit_price, t.quantity,"
            + " t.line_total FROM o, unnest(CAST(? AS INT ARRAY), CAST(? AS BIGINT ARRAY), CAST(? AS VARCHAR ARRAY),"
            + " CAST(? AS NUMERIC ARRAY), CAST(? AS NUMERIC ARRAY), CAST(? AS INT ARRAY), CAST(? AS NUMERIC ARRAY))"
            + " AS t(line_no, product_id, name, regular_unit_price, unit_price, quantity, line_total)),"
            + " d AS (INSERT INTO order_discounts (order_id, line_no, kind, name, percent, label, amount)"
            + " SELECT o.id, t.line_no, t.kind, t.name, t.percent, t.label, t.amount"
            + " FROM o, unnest(CAST(? AS INT ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS VARCHAR ARRAY),"
            + " CAST(? AS INT ARRAY), CAST(? AS VARCHAR ARRAY), CAST(? AS NUMERIC ARRAY))"
            + " AS t(line_no, kind, name, percent, label, amount))"
            + " SELECT id FROM o";

    private final JdbcOperations jdbc;

    PostgresOrderInserts(JdbcOperations jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    @Override
    public OptionalLong insertForAccount(OrderRow order, List<OrderLineRow> lines, List<OrderDiscountRow> discounts) {
        long userId = Objects.requireNonNull(order.userId(), "userId");
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(INSERT)) {
                int i = 0;
                statement.setString(++i, order.status());
                statement.setBigDecimal(++i, order.subtotal());
                statement.setBigDecimal(++i, order.discountTotal());
                statement.setBigDecimal(++i, order.total());
                statement.setString(++i, order.promoCode());
                statement.setObject(++i, moment(order.createdAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setObject(++i, moment(order.refundedAt()), Types.TIMESTAMP_WITH_TIMEZONE);
                statement.setLong(++i, userId);
                i = bindColumn(connection, statement, i, "int4", lines, OrderLineRow::lineNo);
                i = bindColumn(connection, statement, i, "int8", lines, OrderLineRow::productId);
                i = bindColumn(connection, statement, i, "varchar", lines, OrderLineRow::name);
                i = bindColumn(connection, statement, i, "varchar", lines, line -> decimal(line.regularUnitPrice()));
                i = bindColumn(connection, statement, i, "varchar", lines, line -> decimal(line.unitPrice()));
                i = bindColumn(connection, statement, i, "int4", lines, OrderLineRow::quantity);
                i = bindColumn(connection, statement, i, "varchar", lines, line -> decimal(line.lineTotal()));
                i = bindColumn(connection, statement, i, "int4", discounts, OrderDiscountRow::lineNo);
                i = bindColumn(connection, statement, i, "varchar", discounts, OrderDiscountRow::kind);
                i = bindColumn(connection, statement, i, "varchar", discounts, OrderDiscountRow::name);
                i = bindColumn(connection, statement, i, "int4", discounts, OrderDiscountRow::percent);
                i = bindColumn(connection, statement, i, "varchar", discounts, OrderDiscountRow::label);
                bindColumn(connection, statement, i, "varchar", discounts, discount -> decimal(discount.amount()));
                try (ResultSet rows = statement.executeQuery()) {
                    return rows.next() ? OptionalLong.of(rows.getLong(1)) : OptionalLong.empty();
                }
            }
        });
    }

    /**
     * Binds one column of {@code rows} as an array (nulls kept) at the parameter after {@code index},
     * and answers that parameter's index.
     */
    private static <T> int bindColumn(
            Connection connection,
            PreparedStatement statement,
            int index,
            String elementType,
            List<T> rows,
            Function<T, Object> column)
            throws SQLException {
        Object[] values = new Object[rows.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = column.apply(rows.get(i));
        }
        statement.setArray(index + 1, connection.createArrayOf(elementType, values));
        return index + 1;
    }

    private static OffsetDateTime moment(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    /** Amounts travel as text and become NUMERIC in the statement: exact, whatever the driver does with arrays of decimals. */
    private static String decimal(BigDecimal amount) {
        return amount.toPlainString();
    }
}

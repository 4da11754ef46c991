package turgus.persistence.loyalty;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The loyalty rule and its tiers ({@link LoyaltyPolicyRow}), with a customer's paid orders, in one
 * statement. Every pricing of a cart reads it (a checkout too), so it is read with plain JDBC and
 * mapped by column position: Micronaut Data built the projection's persistent entity anew on every
 * call, a fifth of a checkout's time in the shop (JFR, PostgreSQL). The statements are constants, so
 * each stays one server-side prepared statement per connection.
 */
@Singleton
final class LoyaltyPolicyReads {
    /** The rule and its tiers after one row of purchases ({@code purchases}, from the FROM clause). */
    private static final String POLICY = "SELECT purchases.paid, purchases.spent,"
            + " s.min_completed_orders, s.min_total_spent, s.discount_percent,"
            + " t.tier_no, t.name, t.min_completed_orders, t.min_total_spent, t.discount_percent";

    /** One row per tier in tier order, or one row of nulls for the tiers when there is none. */
    private static final String TIERS =
            " LEFT JOIN loyalty_settings s ON s.id = 1 LEFT JOIN loyalty_tiers t ON 1 = 1 ORDER BY t.tier_no";

    static final String POLICY_ALONE = POLICY + " FROM (SELECT 0 AS paid, 0 AS spent) purchases" + TIERS;

    static final String POLICY_WITH_PURCHASES = POLICY
            + " FROM (SELECT COUNT(*) AS paid, COALESCE(SUM(total), 0) AS spent FROM orders"
            + " WHERE user_id = ? AND status = 'PAID') purchases"
            + TIERS;

    private final JdbcOperations jdbc;

    LoyaltyPolicyReads(JdbcOperations jdbc) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc");
    }

    /** The rule and its tiers, purchases zero. */
    List<LoyaltyPolicyRow> policy() {
        return read(POLICY_ALONE, null);
    }

    /** The rule and its tiers, each row with the customer's paid orders: their number and total. */
    List<LoyaltyPolicyRow> policyWithPurchasesOf(long userId) {
        return read(POLICY_WITH_PURCHASES, userId);
    }

    private List<LoyaltyPolicyRow> read(String sql, Long userId) {
        return jdbc.execute(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                if (userId != null) {
                    statement.setLong(1, userId);
                }
                try (ResultSet rows = statement.executeQuery()) {
                    List<LoyaltyPolicyRow> found = new ArrayList<>();
                    while (rows.next()) {
                        found.add(new LoyaltyPolicyRow(
                                rows.getLong(1),
                                rows.getBigDecimal(2),
                                integer(rows, 3),
                                rows.getBigDecimal(4),
                                integer(rows, 5),
                                integer(rows, 6),
                                rows.getString(7),
                                integer(rows, 8),
                                rows.getBigDecimal(9),
                                integer(rows, 10)));
                    }
                    return found;
                }
            }
        });
    }

    private static Integer integer(ResultSet rows, int column) throws SQLException {
        int value = rows.getInt(column);
        return rows.wasNull() ? null : value;
    }
}

package turgus.persistence.loyalty;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** SQL for {@code loyalty_tiers}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoyaltyTierRowRepository extends CrudRepository<LoyaltyTierRow, Integer> {
    /** The rule and its tiers after one row of purchases ({@code purchases}, from the FROM clause). */
    String POLICY = "SELECT purchases.paid, purchases.spent,"
            + " s.min_completed_orders AS rule_min_completed_orders, s.min_total_spent AS rule_min_total_spent,"
            + " s.discount_percent AS rule_percent, t.tier_no, t.name, t.min_completed_orders, t.min_total_spent,"
            + " t.discount_percent";

    String TIERS = " LEFT JOIN loyalty_settings s ON s.id = 1 LEFT JOIN loyalty_tiers t ON 1 = 1 ORDER BY t.tier_no";

    /**
     * The rule (row 1 of {@code loyalty_settings}) and its tiers in one statement: one row per tier,
     * or one row of nulls for the tiers when there is none (purchases zero).
     */
    @Query(POLICY + " FROM (SELECT 0 AS paid, 0 AS spent) purchases" + TIERS)
    List<LoyaltyPolicyRow> findPolicy();

    /**
     * Like {@link #findPolicy}, each row with the customer's paid orders, their number and total: read
     * on every pricing of a cart, so one statement answers both.
     */
    @Query(POLICY
            + " FROM (SELECT COUNT(*) AS paid, COALESCE(SUM(total), 0) AS spent FROM orders"
            + " WHERE user_id = :userId AND status = 'PAID') purchases"
            + TIERS)
    List<LoyaltyPolicyRow> findPolicyWithPurchasesOf(long userId);

    @Query("DELETE FROM loyalty_tiers")
    int deleteEvery();
}

package turgus.persistence.loyalty;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** SQL for {@code loyalty_tiers}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoyaltyTierRowRepository extends CrudRepository<LoyaltyTierRow, Integer> {
    /**
     * The rule (row 1 of {@code loyalty_settings}) and its tiers in one statement, read on every
     * pricing of a cart: one row per tier, or one row of nulls for the tiers when there is none.
     */
    @Query("SELECT s.min_completed_orders AS rule_min_completed_orders, s.min_total_spent AS rule_min_total_spent,"
            + " s.discount_percent AS rule_percent, t.tier_no, t.name, t.min_completed_orders, t.min_total_spent,"
            + " t.discount_percent"
            + " FROM (SELECT 1 AS one) anchor"
            + " LEFT JOIN loyalty_settings s ON s.id = 1"
            + " LEFT JOIN loyalty_tiers t ON 1 = 1"
            + " ORDER BY t.tier_no")
    List<LoyaltyPolicyRow> findPolicy();

    @Query("DELETE FROM loyalty_tiers")
    int deleteEvery();
}

package turgus.persistence.loyalty;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

/** SQL for {@code loyalty_tiers}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoyaltyTierRowRepository extends CrudRepository<LoyaltyTierRow, Integer> {
    @Query("SELECT tier_no, name, min_completed_orders, min_total_spent, discount_percent FROM loyalty_tiers"
            + " ORDER BY tier_no")
    List<LoyaltyTierRow> findAllInOrder();

    @Query("DELETE FROM loyalty_tiers")
    int deleteEvery();
}

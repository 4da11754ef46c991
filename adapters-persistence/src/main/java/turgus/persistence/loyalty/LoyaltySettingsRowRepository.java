package turgus.persistence.loyalty;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.math.BigDecimal;

/** SQL for {@code loyalty_settings}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoyaltySettingsRowRepository extends CrudRepository<LoyaltySettingsRow, Integer> {
    @Query("UPDATE loyalty_settings SET min_completed_orders = :minCompletedOrders,"
            + " min_total_spent = :minTotalSpent, discount_percent = :discountPercent WHERE id = 1")
    int updateRule(int minCompletedOrders, BigDecimal minTotalSpent, int discountPercent);
}

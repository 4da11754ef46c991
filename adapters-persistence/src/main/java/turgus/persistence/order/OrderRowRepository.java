package turgus.persistence.order;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for {@code orders}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderRowRepository extends CrudRepository<OrderRow, Long> {
    String COLUMNS = "SELECT id, user_id, customer_name, customer_email, status, subtotal, discount_total, total,"
            + " promo_code, created_at, refunded_at FROM orders";

    /** The customer's email or name contains {@code :pattern} (see {@code LikePatterns}), or the id is {@code :id}. */
    String MATCHING = " WHERE (LOWER(customer_email) LIKE :pattern ESCAPE '\\'"
            + " OR LOWER(customer_name) LIKE :pattern ESCAPE '\\' OR id = :id)";

    String NEWEST_FIRST = " ORDER BY created_at DESC, id DESC LIMIT :limit OFFSET :offset";

    @Query(COLUMNS + " WHERE user_id = :userId" + NEWEST_FIRST)
    List<OrderRow> findOfCustomer(long userId, int limit, long offset);

    /** The customer's name and email as their account has them now, for an order (H2, see {@link H2OrderInserts}). */
    @Query("SELECT full_name, email FROM users WHERE id = :userId")
    Optional<CustomerContactRow> findContact(long userId);

    @Query("SELECT COUNT(*) FROM orders WHERE user_id = :userId")
    long countOfCustomer(long userId);

    @Query(COLUMNS + MATCHING + NEWEST_FIRST)
    List<OrderRow> findMatching(String pattern, long id, int limit, long offset);

    @Query("SELECT COUNT(*) FROM orders" + MATCHING)
    long countMatching(String pattern, long id);

    /** Refunds only a paid order; the row count says whether this call did it. */
    @Query("UPDATE orders SET status = 'REFUNDED', refunded_at = :at WHERE id = :id AND status = 'PAID'")
    int markRefunded(long id, Instant at);

    @Query("SELECT COUNT(*) AS paid, COALESCE(SUM(total), 0) AS spent FROM orders"
            + " WHERE user_id = :userId AND status = 'PAID'")
    Optional<PurchaseStatsRow> purchaseStatsOf(long userId);
}

package turgus.persistence.order;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Order statements only PostgreSQL runs (H2 has no data-modifying CTE, see {@link H2OrderInserts}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostgresOrderRowRepository extends GenericRepository<OrderRow, Long> {
    /**
     * Writes an order named after the customer's account as it is now, with its lines (the
     * arrays, one element per line), in one statement; answers the new id, or nothing (and writes
     * nothing) when the customer has no account.
     */
    @Query("WITH o AS (INSERT INTO orders (user_id, customer_name, customer_email, status, subtotal, discount_total,"
            + " total, promo_code, created_at, refunded_at)"
            + " SELECT id, full_name, email, :status, :subtotal, :discountTotal, :total, :promoCode, :createdAt,"
            + " :refundedAt"
            + " FROM users WHERE id = :userId RETURNING id),"
            + " l AS (INSERT INTO order_lines (order_id, line_no, product_id, name, regular_unit_price, unit_price,"
            + " quantity, line_total)"
            + " SELECT o.id, t.line_no, t.product_id, t.name, t.regular_unit_price, t.unit_price, t.quantity,"
            + " t.line_total FROM o, unnest(CAST(:lineNos AS INT ARRAY), CAST(:productIds AS BIGINT ARRAY),"
            + " CAST(:names AS VARCHAR ARRAY), CAST(:regularUnitPrices AS NUMERIC ARRAY),"
            + " CAST(:unitPrices AS NUMERIC ARRAY), CAST(:quantities AS INT ARRAY), CAST(:lineTotals AS NUMERIC ARRAY))"
            + " AS t(line_no, product_id, name, regular_unit_price, unit_price, quantity, line_total))"
            + " SELECT id FROM o")
    List<Long> insertForAccount(
            long userId,
            String status,
            BigDecimal subtotal,
            BigDecimal discountTotal,
            BigDecimal total,
            @Nullable String promoCode,
            Instant createdAt,
            @Nullable Instant refundedAt,
            int[] lineNos,
            long[] productIds,
            String[] names,
            String[] regularUnitPrices,
            String[] unitPrices,
            int[] quantities,
            String[] lineTotals);
}

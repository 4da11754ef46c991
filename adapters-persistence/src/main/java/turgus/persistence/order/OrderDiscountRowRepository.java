package turgus.persistence.order;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** SQL for {@code order_discounts}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderDiscountRowRepository extends GenericRepository<OrderDiscountRow, Long> {
    @Query("SELECT order_id, line_no, kind, name, percent, label, amount FROM order_discounts"
            + " WHERE order_id = :orderId ORDER BY line_no")
    List<OrderDiscountRow> findOfOrder(long orderId);

    /** Writes an order's discounts in one JDBC batch. */
    List<OrderDiscountRow> saveAll(List<OrderDiscountRow> rows);
}

package turgus.persistence.order;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** SQL for {@code order_lines}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface OrderLineRowRepository extends GenericRepository<OrderLineRow, Long> {
    @Query("SELECT order_id, line_no, product_id, name, regular_unit_price, unit_price, quantity, line_total"
            + " FROM order_lines WHERE order_id = :orderId ORDER BY line_no")
    List<OrderLineRow> findOfOrder(long orderId);

    /** Writes an order's lines in one JDBC batch: one round trip, however many lines. */
    List<OrderLineRow> saveAll(List<OrderLineRow> rows);
}

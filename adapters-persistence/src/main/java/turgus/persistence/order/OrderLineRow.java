package turgus.persistence.order;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/**
 * One row of {@code order_lines}. The table's key is {@code (order_id, line_no)}; lines are written and
 * read by {@code @Query} only, always by their order, so {@code @Id} marks the leading column.
 */
@MappedEntity("order_lines")
record OrderLineRow(
        @Id long orderId,
        int lineNo,
        long productId,
        String name,
        BigDecimal regularUnitPrice,
        BigDecimal unitPrice,
        int quantity,
        BigDecimal lineTotal) {}

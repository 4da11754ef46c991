package turgus.persistence.order;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;

/**
 * One row of {@code order_discounts}. The table's key is {@code (order_id, line_no)}; discounts are
 * written and read by {@code @Query} only, always by their order, so {@code @Id} marks the leading column.
 */
@MappedEntity("order_discounts")
record OrderDiscountRow(@Id long orderId, int lineNo, String kind, String label, BigDecimal amount) {}

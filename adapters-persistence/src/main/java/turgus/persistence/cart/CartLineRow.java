package turgus.persistence.cart;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One row of {@code cart_lines}. The table's key is {@code (user_id, product_id)}; lines are written
 * and read by {@code @Query} only, always by their cart, so {@code @Id} marks the leading column.
 */
@MappedEntity("cart_lines")
record CartLineRow(@Id long userId, long productId, int quantity, int lineNo, Instant addedAt) {}

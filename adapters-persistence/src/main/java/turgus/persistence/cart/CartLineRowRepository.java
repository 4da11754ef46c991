package turgus.persistence.cart;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

/** SQL for {@code cart_lines}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CartLineRowRepository extends GenericRepository<CartLineRow, Long> {
    @Query("SELECT user_id, product_id, quantity, line_no, added_at FROM cart_lines WHERE user_id = :userId"
            + " ORDER BY line_no")
    List<CartLineRow> findOfCart(long userId);

    @Query("DELETE FROM cart_lines WHERE user_id = :userId")
    int deleteOfCart(long userId);

    @Query("INSERT INTO cart_lines (user_id, product_id, quantity, line_no, added_at)"
            + " VALUES (:userId, :productId, :quantity, :lineNo, :addedAt)")
    int insert(long userId, long productId, int quantity, int lineNo, Instant addedAt);
}

package turgus.persistence.cart;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.Optional;

/** SQL for {@code carts}. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface CartRowRepository extends GenericRepository<CartRow, Long> {
    /** Creates the cart unless it exists; answers 1 if this call created it. */
    @Query("INSERT INTO carts (user_id) VALUES (:userId) ON CONFLICT DO NOTHING")
    int insertIfMissing(long userId);

    /** Reads the cart and locks its row until the transaction ends. */
    @Query("SELECT user_id, promo_code FROM carts WHERE user_id = :userId FOR UPDATE")
    Optional<CartRow> findForUpdate(long userId);

    Optional<CartRow> findById(long userId);

    @Query("UPDATE carts SET promo_code = :promoCode WHERE user_id = :userId")
    int updatePromoCode(long userId, @Nullable String promoCode);
}

package turgus.persistence.catalog;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Stock statements only PostgreSQL runs (H2 takes product by product, {@link H2StockTakes}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface PostgresStockRepository extends GenericRepository<ProductRow, Long> {
    /**
     * Takes {@code :quantities[i]} of product {@code :ids[i]} for every i in one statement, each only
     * from an active product with enough left, and answers the ids it took. The CTE {@code locked}
     * locks the rows in ascending id order (its lock step runs above its sort) before the update
     * touches any of them, so concurrent checkouts never wait on each other in a cycle. The update
     * then re-checks its condition on the newest version of each row (Read Committed), as the
     * single-product {@link ProductRowRepository#takeStock} does. The lock is the one an {@code UPDATE}
     * takes ({@code FOR NO KEY UPDATE}), not {@code FOR UPDATE}: that would also wait for the key
     * locks that foreign keys take on a product (a cart line being added), in no set order.
     */
    @Query("WITH wanted AS (SELECT * FROM unnest(CAST(:ids AS BIGINT ARRAY), CAST(:quantities AS INT ARRAY))"
            + " AS w(id, quantity)),"
            + " locked AS (SELECT id FROM products WHERE id IN (SELECT id FROM wanted) ORDER BY id FOR NO KEY UPDATE)"
            + " UPDATE products p SET stock = p.stock - wanted.quantity"
            + " FROM wanted, locked"
            + " WHERE p.id = wanted.id AND locked.id = p.id AND p.active AND p.stock >= wanted.quantity"
            + " RETURNING p.id")
    List<Long> takeStockOfAll(long[] ids, int[] quantities);
}

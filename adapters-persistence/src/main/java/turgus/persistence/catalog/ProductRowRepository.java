package turgus.persistence.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * SQL for {@code products}. The listings are written out, one per order, so that each is plain SQL
 * that both databases run the same way and that an index serves.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductRowRepository extends CrudRepository<ProductRow, Long> {
    String COLUMNS = "SELECT id, name, description, price, stock, active, sale_percent, sale_ends_at, image_name,"
            + " created_at, updated_at";

    /**
     * Products whose name or description contains {@code :pattern} (see {@code LikePatterns}), among
     * the active ones, the withdrawn ones, or both; with {@code :onSaleOnly}, only those whose sale runs
     * at {@code :now} (a sale without an end runs until it is removed).
     */
    String MATCHING = " FROM products"
            + " WHERE (LOWER(name) LIKE :pattern ESCAPE '\\' OR LOWER(description) LIKE :pattern ESCAPE '\\')"
            + " AND ((:includeActive AND active) OR (:includeWithdrawn AND NOT active))"
            + " AND (NOT :onSaleOnly OR (sale_percent IS NOT NULL AND (sale_ends_at IS NULL OR sale_ends_at > :now)))";

    String PAGE = " LIMIT :limit OFFSET :offset";

    @Query(COLUMNS + MATCHING + " ORDER BY name, id" + PAGE)
    List<ProductRow> findMatchingByName(
            String pattern,
            boolean includeActive,
            boolean includeWithdrawn,
            boolean onSaleOnly,
            Instant now,
            int limit,
            long offset);

    @Query(COLUMNS + MATCHING + " ORDER BY price, id" + PAGE)
    List<ProductRow> findMatchingByPrice(
            String pattern,
            boolean includeActive,
            boolean includeWithdrawn,
            boolean onSaleOnly,
            Instant now,
            int limit,
            long offset);

    @Query(COLUMNS + MATCHING + " ORDER BY price DESC, id" + PAGE)
    List<ProductRow> findMatchingByPriceDescending(
            String pattern,
            boolean includeActive,
            boolean includeWithdrawn,
            boolean onSaleOnly,
            Instant now,
            int limit,
            long offset);

    @Query(COLUMNS + MATCHING + " ORDER BY created_at DESC, id DESC" + PAGE)
    List<ProductRow> findMatchingNewestFirst(
            String pattern,
            boolean includeActive,
            boolean includeWithdrawn,
            boolean onSaleOnly,
            Instant now,
            int limit,
            long offset);

    /**
     * The active products found in the same paid orders as {@code :id}, those in the most orders
     * first. Refunded orders do not count: a purchase that was given back says little about taste.
     */
    @Query(COLUMNS
            + " FROM products JOIN ("
            + "SELECT other.product_id AS together_id, COUNT(DISTINCT other.order_id) AS orders"
            + " FROM order_lines seen"
            + " JOIN orders o ON o.id = seen.order_id AND o.status = 'PAID'"
            + " JOIN order_lines other ON other.order_id = seen.order_id AND other.product_id <> seen.product_id"
            + " WHERE seen.product_id = :id GROUP BY other.product_id"
            + ") pairs ON pairs.together_id = products.id"
            + " WHERE products.active ORDER BY pairs.orders DESC, products.id LIMIT :limit")
    List<ProductRow> findBoughtTogetherWith(long id, int limit);

    @Query("SELECT COUNT(*)" + MATCHING)
    long countMatching(
            String pattern, boolean includeActive, boolean includeWithdrawn, boolean onSaleOnly, Instant now);

    /** Writes every column but {@code id}, {@code stock} and {@code created_at}. */
    @Query("UPDATE products SET name = :name, description = :description, price = :price, active = :active,"
            + " sale_percent = :salePercent, sale_ends_at = :saleEndsAt, image_name = :imageName,"
            + " updated_at = :updatedAt WHERE id = :id")
    int updateDetails(
            long id,
            String name,
            String description,
            BigDecimal price,
            boolean active,
            @Nullable Integer salePercent,
            @Nullable Instant saleEndsAt,
            @Nullable String imageName,
            Instant updatedAt);

    /**
     * Adds {@code :quantity} in one statement, only while the result stays at most {@code :max}: the
     * database re-checks the condition on the newest row, so concurrent restocks never lose an update.
     */
    @Query("UPDATE products SET stock = stock + :quantity, updated_at = :now"
            + " WHERE id = :id AND stock <= :max - :quantity")
    int addStock(long id, int quantity, int max, Instant now);

    /**
     * Takes {@code :quantity} of an active product in one statement, only while enough is left:
     * PostgreSQL (Read Committed) re-checks the WHERE on the newest row version after waiting for a
     * concurrent buyer, and H2 locks the row likewise, so the row count says whether it happened.
     */
    @Query("UPDATE products SET stock = stock - :quantity, updated_at = :now"
            + " WHERE id = :id AND active AND stock >= :quantity")
    int takeStock(long id, int quantity, Instant now);

    @Query("UPDATE products SET stock = stock + :quantity, updated_at = :now WHERE id = :id")
    int giveBackStock(long id, int quantity, Instant now);
}

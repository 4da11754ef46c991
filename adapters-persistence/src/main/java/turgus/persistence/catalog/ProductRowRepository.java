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
 * SQL for {@code products}. The listings' pages are read by {@link ProductReads}; searches by
 * words are the database's own ({@link ProductSearchIndex}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ProductRowRepository extends CrudRepository<ProductRow, Long> {
    String COLUMNS = "SELECT id, name, description, price, stock, active, sale_percent, sale_ends_at, image_name,"
            + " created_at, updated_at";

    /**
     * The catalog's version ({@link #version()}) as two more columns of a listing's rows: each is an
     * uncorrelated sub-select that both databases evaluate once, from the end of an index.
     */
    String VERSION_COLUMNS = ", (SELECT COALESCE(MAX(id), 0) FROM products) AS last_id,"
            + " (SELECT COALESCE(MAX(listing_change), 0) FROM products) AS last_change";

    String LISTED = COLUMNS + VERSION_COLUMNS;

    /** Counted from the narrowest index that leads with {@code active}, never from the table's rows. */
    @Query("SELECT COUNT(*) FROM products WHERE active = :active")
    long countByActive(boolean active);

    /** The newest id and the latest edit's number, from the ends of the primary key and ix_products_listing_change. */
    @Query("SELECT COALESCE(MAX(id), 0) AS last_id, COALESCE(MAX(listing_change), 0) AS last_change FROM products")
    ProductsVersionRow version();

    /**
     * The admins' list of sales without words: the products whose sale runs at {@code :now}, with
     * their number, in the order asked for.
     */
    @Query(ProductSearchSql.PAGE_START
            + "0 AS tier FROM products WHERE sale_percent IS NOT NULL"
            + ProductSearchSql.FILTERS
            + ProductSearchSql.PAGE_END)
    List<FoundProductRow> findOnSale(
            boolean includeActive,
            boolean includeWithdrawn,
            boolean onSaleOnly,
            Instant now,
            String sort,
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

    /**
     * Writes every column but {@code id}, {@code stock} and {@code created_at}, and numbers the change
     * of what listings show ({@code listing_change}, migration V26).
     */
    @Query("UPDATE products SET name = :name, description = :description, price = :price, active = :active,"
            + " sale_percent = :salePercent, sale_ends_at = :saleEndsAt, image_name = :imageName,"
            + " updated_at = :updatedAt, listing_change = NEXTVAL('product_listing_changes') WHERE id = :id")
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
    @Query("UPDATE products SET stock = stock - :quantity WHERE id = :id AND active AND stock >= :quantity")
    int takeStock(long id, int quantity);

    @Query("UPDATE products SET stock = stock + :quantity WHERE id = :id")
    int giveBackStock(long id, int quantity);
}

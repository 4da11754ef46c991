package turgus.application.catalog.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import turgus.application.catalog.ProductSearch;
import turgus.application.shared.Page;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** Where products are kept. Stock is only ever changed by conditional, atomic updates. */
public interface ProductRepository {
    /** Stores a new product and answers it with its id. */
    Product add(Product product);

    Optional<Product> findById(ProductId id);

    /** The products with these ids that exist, in one read (in no particular order). */
    List<Product> findAllById(Collection<ProductId> ids);

    Page<Product> search(ProductSearch search);

    /**
     * Writes everything but the stock (name, description, price, sale, picture, active,
     * updatedAt) and answers the stored product with its current stock.
     */
    Product saveDetails(Product product);

    /**
     * Adds {@code quantity} to the stock in one statement, unless the product is unknown or its
     * stock would pass {@link Product#MAX_STOCK}.
     *
     * @return whether the stock was changed
     */
    boolean addStock(ProductId id, int quantity, Instant now);

    long count();

    /**
     * The active products that were paid for in the same orders as {@code id}, those bought with it
     * most often first; refunded orders do not count.
     */
    List<Product> boughtTogetherWith(ProductId id, int limit);
}

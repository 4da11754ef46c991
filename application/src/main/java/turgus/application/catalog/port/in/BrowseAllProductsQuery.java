package turgus.application.catalog.port.in;

import java.time.Instant;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** The admins' view of the catalog: withdrawn products too. */
public interface BrowseAllProductsQuery {
    /** @param status {@code active}, {@code withdrawn} or {@code all} (blank means all) */
    Page<Product> browseAll(String text, String status, PageRequest page);

    /**
     * Like {@link #browseAll}, but only the products whose sale runs at {@code moment}: what the
     * admins' list of sales shows.
     */
    Page<Product> browseOnSale(String text, String status, Instant moment, PageRequest page);

    Product showAny(ProductId id);
}

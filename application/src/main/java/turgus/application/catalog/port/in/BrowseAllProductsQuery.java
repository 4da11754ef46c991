package turgus.application.catalog.port.in;

import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** The admins' view of the catalog: withdrawn products too. */
public interface BrowseAllProductsQuery {
    /** @param status {@code active}, {@code withdrawn} or {@code all} (blank means all) */
    Page<Product> browseAll(String text, String status, PageRequest page);

    Product showAny(ProductId id);
}

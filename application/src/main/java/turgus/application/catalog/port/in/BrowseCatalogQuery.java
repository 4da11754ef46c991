package turgus.application.catalog.port.in;

import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** What signed-in shoppers see of the catalog: active products only. */
public interface BrowseCatalogQuery {
    /**
     * @param text words to find in names and descriptions, or blank for all
     * @param sort the {@code sort} parameter as given ({@code name}, {@code price}, {@code -price},
     *     {@code newest}), or blank for name
     */
    Page<Product> browse(String text, String sort, PageRequest page);

    /** An active product; a withdrawn or unknown one is not found. */
    Product show(ProductId id);
}

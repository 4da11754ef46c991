package turgus.application.catalog;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import turgus.application.catalog.port.in.BrowseAllProductsQuery;
import turgus.application.catalog.port.in.BrowseCatalogQuery;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** Answers catalog listings: shoppers see active products, admins see all. */
@Singleton
public final class CatalogService implements BrowseCatalogQuery, BrowseAllProductsQuery {
    private final ProductRepository products;

    public CatalogService(ProductRepository products) {
        this.products = Objects.requireNonNull(products, "products");
    }

    @Override
    public Page<Product> browse(String text, String sort, PageRequest page) {
        return products.search(
                new ProductSearch(text, ProductStatusFilter.ACTIVE, CatalogSort.forSearch(sort, text), page));
    }

    @Override
    public Product show(ProductId id) {
        return products.findById(id).filter(Product::isActive).orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<Product> browseAll(String text, String status, PageRequest page) {
        return products.search(
                new ProductSearch(text, ProductStatusFilter.fromParameter(status), CatalogSort.NEWEST, page));
    }

    @Override
    public Page<Product> browseOnSale(String text, String status, Instant moment, PageRequest page) {
        return products.search(new ProductSearch(
                text,
                ProductStatusFilter.fromParameter(status),
                CatalogSort.NEWEST,
                page,
                Objects.requireNonNull(moment, "moment")));
    }

    @Override
    public Product showAny(ProductId id) {
        return products.findById(id).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(ProductId id) {
        return NotFoundException.of(NotFoundException.Resource.PRODUCT, id.value());
    }
}

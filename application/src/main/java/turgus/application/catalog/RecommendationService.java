package turgus.application.catalog;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import turgus.application.catalog.port.in.BrowseCatalogQuery;
import turgus.application.catalog.port.in.RecommendProductsQuery;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** "Bought together": the products that shoppers paid for in the same orders as this one. */
@Singleton
public final class RecommendationService implements RecommendProductsQuery {
    static final int LIMIT = 6;

    private final BrowseCatalogQuery catalog;
    private final ProductRepository products;

    public RecommendationService(BrowseCatalogQuery catalog, ProductRepository products) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.products = Objects.requireNonNull(products, "products");
    }

    @Override
    public List<Product> boughtTogetherWith(ProductId id) {
        Product shown = catalog.show(id);
        return products.boughtTogetherWith(shown.requireId(), LIMIT);
    }
}

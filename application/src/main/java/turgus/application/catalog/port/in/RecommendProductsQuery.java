package turgus.application.catalog.port.in;

import java.util.List;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** What a product page suggests beside its product. */
public interface RecommendProductsQuery {
    /**
     * The active products bought together with an active product, those bought with it most often
     * first; a withdrawn or unknown product is not found.
     */
    List<Product> boughtTogetherWith(ProductId id);
}

package turgus.web.catalog;

import turgus.application.shared.NotFoundException;
import turgus.domain.catalog.ProductId;

/** Reads a product id from a path: a number that cannot be an id names no product. */
final class ProductIds {
    private ProductIds() {}

    static ProductId of(long raw) {
        if (raw < 1) {
            throw NotFoundException.of(NotFoundException.Resource.PRODUCT, raw);
        }
        return ProductId.of(raw);
    }
}

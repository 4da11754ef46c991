package turgus.application.catalog.port.in;

import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** Withdraws a product from sale, or puts it back. Both are idempotent. */
public interface ChangeProductAvailabilityUseCase {
    Product withdraw(ProductId id);

    Product reinstate(ProductId id);
}

package turgus.application.catalog.port.in;

import turgus.domain.account.UserId;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;

/** Withdraws a product from sale, or puts it back. Both are idempotent. */
public interface ChangeProductAvailabilityUseCase {
    /** @param admin who withdraws it, for the event log */
    Product withdraw(ProductId id, UserId admin);

    /** @param admin who puts it back, for the event log */
    Product reinstate(ProductId id, UserId admin);
}

package turgus.application.catalog.port.in;

import turgus.domain.account.UserId;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.shared.Quantity;

/** Adds delivered items to a product's stock, safely alongside buyers taking items out. */
public interface RestockProductUseCase {
    /** @param admin who restocks it, for the event log */
    Product restock(ProductId id, Quantity quantity, UserId admin);
}

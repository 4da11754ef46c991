package turgus.application.catalog.port.in;

import turgus.domain.account.UserId;
import turgus.domain.catalog.Product;

public interface AddProductUseCase {
    /** @param admin who adds it, for the event log */
    Product add(AddProductCommand command, UserId admin);
}

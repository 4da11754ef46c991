package turgus.application.catalog.port.in;

import turgus.domain.account.UserId;
import turgus.domain.catalog.Product;

public interface EditProductUseCase {
    /** @param admin who edits it, for the event log */
    Product edit(EditProductCommand command, UserId admin);
}

package turgus.application.catalog.port.in;

import turgus.domain.catalog.Product;

public interface AddProductUseCase {
    Product add(AddProductCommand command);
}

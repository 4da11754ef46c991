package turgus.application.catalog.port.in;

import turgus.domain.catalog.Product;

public interface EditProductUseCase {
    Product edit(EditProductCommand command);
}

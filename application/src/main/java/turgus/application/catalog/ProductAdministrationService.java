package turgus.application.catalog;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import turgus.application.catalog.port.in.AddProductCommand;
import turgus.application.catalog.port.in.AddProductUseCase;
import turgus.application.catalog.port.in.ChangeProductAvailabilityUseCase;
import turgus.application.catalog.port.in.EditProductCommand;
import turgus.application.catalog.port.in.EditProductUseCase;
import turgus.application.catalog.port.in.ReplaceProductImageUseCase;
import turgus.application.catalog.port.in.RestockProductUseCase;
import turgus.application.catalog.port.out.ProductImageStore;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Quantity;

/** The admins' changes to the catalog. */
@Singleton
public final class ProductAdministrationService
        implements AddProductUseCase,
                EditProductUseCase,
                RestockProductUseCase,
                ChangeProductAvailabilityUseCase,
                ReplaceProductImageUseCase {

    private final ProductRepository products;
    private final ProductImageStore images;
    private final Clock clock;

    public ProductAdministrationService(ProductRepository products, ProductImageStore images, Clock clock) {
        this.products = Objects.requireNonNull(products, "products");
        this.images = Objects.requireNonNull(images, "images");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Product add(AddProductCommand command) {
        return products.add(
                Product.add(command.name(), command.description(), command.price(), command.stock(), now()));
    }

    @Override
    public Product edit(EditProductCommand command) {
        Instant now = now();
        Product product = existing(command.id());
        if (command.name().isPresent()) {
            product = product.rename(command.name().get(), now);
        }
        if (command.description().isPresent()) {
            product = product.describe(command.description().get(), now);
        }
        if (command.price().isPresent()) {
            product = product.reprice(command.price().get(), now);
        }
        if (command.sale().isPresent()) {
            product = product.changeSale(command.sale().get(), now);
        }
        return products.saveDetails(product);
    }

    @Override
    public Product restock(ProductId id, Quantity quantity) {
        existing(id);
        if (!products.addStock(id, quantity.value(), now())) {
            throw new InvalidValueException("quantity", "would raise the stock above " + Product.MAX_STOCK);
        }
        return existing(id);
    }

    @Override
    public Product withdraw(ProductId id) {
        return products.saveDetails(existing(id).withdraw(now()));
    }

    @Override
    public Product reinstate(ProductId id) {
        return products.saveDetails(existing(id).reinstate(now()));
    }

    @Override
    public Product replaceImage(ProductId id, byte[] content) {
        Product product = existing(id);
        String stored = images.store(content);
        Product saved = products.saveDetails(product.withImage(stored, now()));
        product.imageName().ifPresent(images::delete);
        return saved;
    }

    private Product existing(ProductId id) {
        return products.findById(id).orElseThrow(() -> CatalogService.notFound(id));
    }

    private Instant now() {
        return clock.instant();
    }
}

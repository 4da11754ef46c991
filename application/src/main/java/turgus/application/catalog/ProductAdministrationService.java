package turgus.application.catalog;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.audit.port.out.EventDetails;
import turgus.application.catalog.port.in.AddProductCommand;
import turgus.application.catalog.port.in.AddProductUseCase;
import turgus.application.catalog.port.in.ChangeProductAvailabilityUseCase;
import turgus.application.catalog.port.in.EditProductCommand;
import turgus.application.catalog.port.in.EditProductUseCase;
import turgus.application.catalog.port.in.ReplaceProductImageUseCase;
import turgus.application.catalog.port.in.RestockProductUseCase;
import turgus.application.catalog.port.out.ProductImageStore;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.domain.catalog.Sale;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Quantity;

/**
 * The admins' changes to the catalog, each written to the event log in the transaction of the change
 * (an edit with every changed field's value before and after).
 */
@Singleton
public final class ProductAdministrationService
        implements AddProductUseCase,
                EditProductUseCase,
                RestockProductUseCase,
                ChangeProductAvailabilityUseCase,
                ReplaceProductImageUseCase {

    private final ProductRepository products;
    private final ProductImageStore images;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public ProductAdministrationService(
            ProductRepository products,
            ProductImageStore images,
            AuditLog audit,
            Transactions transactions,
            Clock clock) {
        this.products = Objects.requireNonNull(products, "products");
        this.images = Objects.requireNonNull(images, "images");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Product add(AddProductCommand command, UserId admin) {
        return transactions.inTransaction(() -> {
            Instant now = now();
            Product added = products.add(
                    Product.add(command.name(), command.description(), command.price(), command.stock(), now));
            record(
                    now,
                    AuditEventType.PRODUCT_CREATED,
                    admin,
                    EventDetails.of("productId", added.requireId().value())
                            .and("name", added.name())
                            .and("price", added.price())
                            .and("stock", added.stock()));
            return added;
        });
    }

    @Override
    public Product edit(EditProductCommand command, UserId admin) {
        return transactions.inTransaction(() -> {
            Instant now = now();
            Product before = existing(command.id());
            Product product = before;
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
            Product saved = products.saveDetails(product);
            record(
                    now,
                    AuditEventType.PRODUCT_UPDATED,
                    admin,
                    EventDetails.of("productId", command.id().value())
                            .change("name", before.name(), saved.name())
                            .change("description", before.description(), saved.description())
                            .change("price", before.price(), saved.price())
                            .change("salePercent", salePercent(before), salePercent(saved))
                            .change("saleEndsAt", saleEnd(before), saleEnd(saved)));
            return saved;
        });
    }

    @Override
    public Product restock(ProductId id, Quantity quantity, UserId admin) {
        return transactions.inTransaction(() -> {
            Instant now = now();
            Product before = existing(id);
            if (!products.addStock(id, quantity.value(), now)) {
                throw new InvalidValueException("quantity", FieldRule.STOCK_ABOVE_MAX, "max", Product.MAX_STOCK);
            }
            Product after = existing(id);
            record(
                    now,
                    AuditEventType.PRODUCT_RESTOCKED,
                    admin,
                    EventDetails.of("productId", id.value())
                            .and("name", before.name())
                            .and("added", quantity.value())
                            .and("stock", after.stock()));
            return after;
        });
    }

    @Override
    public Product withdraw(ProductId id, UserId admin) {
        return changeAvailability(id, admin, AuditEventType.PRODUCT_WITHDRAWN, false);
    }

    @Override
    public Product reinstate(ProductId id, UserId admin) {
        return changeAvailability(id, admin, AuditEventType.PRODUCT_REINSTATED, true);
    }

    /** Idempotent: a product already in the wanted state is answered as it is, with no event. */
    private Product changeAvailability(ProductId id, UserId admin, AuditEventType type, boolean active) {
        return transactions.inTransaction(() -> {
            Instant now = now();
            Product before = existing(id);
            if (before.isActive() == active) {
                return before;
            }
            Product saved = products.saveDetails(active ? before.reinstate(now) : before.withdraw(now));
            record(now, type, admin, EventDetails.of("productId", id.value()).and("name", before.name()));
            return saved;
        });
    }

    @Override
    public Product replaceImage(ProductId id, byte[] content, UserId admin) {
        Product product = existing(id);
        String stored = images.store(content);
        Product saved;
        try {
            saved = transactions.inTransaction(() -> {
                Instant now = now();
                Product changed = products.saveDetails(existing(id).withImage(stored, now));
                record(
                        now,
                        AuditEventType.PRODUCT_PICTURE_CHANGED,
                        admin,
                        EventDetails.of("productId", id.value())
                                .and("name", changed.name())
                                .change("picture", product.imageName().orElse(null), stored));
                return changed;
            });
        } catch (RuntimeException failed) {
            images.delete(stored);
            throw failed;
        }
        product.imageName().ifPresent(images::delete);
        return saved;
    }

    private void record(Instant at, AuditEventType type, UserId admin, EventDetails details) {
        audit.record(new AuditEvent(at, type, Objects.requireNonNull(admin, "admin"), null, null, details.toString()));
    }

    private static Integer salePercent(Product product) {
        return product.sale().map(Sale::percent).orElse(null);
    }

    private static Instant saleEnd(Product product) {
        return product.sale().flatMap(Sale::end).orElse(null);
    }

    private Product existing(ProductId id) {
        return products.findById(id).orElseThrow(() -> CatalogService.notFound(id));
    }

    private Instant now() {
        return clock.instant();
    }
}

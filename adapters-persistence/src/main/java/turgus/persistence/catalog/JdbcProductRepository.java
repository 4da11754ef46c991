package turgus.persistence.catalog;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.application.catalog.ProductSearch;
import turgus.application.catalog.ProductStatusFilter;
import turgus.application.catalog.port.out.ProductRepository;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductId;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.LikePatterns;

/** The catalog in the {@code products} table. */
@Singleton
public final class JdbcProductRepository implements ProductRepository {
    private final ProductRowRepository rows;

    JdbcProductRepository(ProductRowRepository rows) {
        this.rows = Objects.requireNonNull(rows, "rows");
    }

    @Override
    public Product add(Product product) {
        if (product.id().isPresent()) {
            throw new IllegalArgumentException("A new product has no id yet: " + product);
        }
        return ProductMapper.toProduct(rows.save(ProductMapper.toRow(product)));
    }

    @Override
    public Optional<Product> findById(ProductId id) {
        return rows.findById(id.value()).map(ProductMapper::toProduct);
    }

    @Override
    public Page<Product> search(ProductSearch search) {
        String pattern =
                search.words().map(LikePatterns::containingIgnoringCase).orElseGet(LikePatterns::anything);
        boolean active = search.status() != ProductStatusFilter.WITHDRAWN;
        boolean withdrawn = search.status() != ProductStatusFilter.ACTIVE;
        PageRequest page = search.page();
        int limit = page.size();
        long offset = page.offset();
        boolean onSale = search.onSaleOnlyAt().isPresent();
        Instant now = search.onSaleOnlyAt().orElse(Instant.EPOCH);
        List<ProductRow> found = switch (search.sort()) {
            case NAME -> rows.findMatchingByName(pattern, active, withdrawn, onSale, now, limit, offset);
            case PRICE -> rows.findMatchingByPrice(pattern, active, withdrawn, onSale, now, limit, offset);
            case PRICE_DESCENDING ->
                rows.findMatchingByPriceDescending(pattern, active, withdrawn, onSale, now, limit, offset);
            case NEWEST -> rows.findMatchingNewestFirst(pattern, active, withdrawn, onSale, now, limit, offset);
        };
        long total = rows.countMatching(pattern, active, withdrawn, onSale, now);
        return Page.of(found.stream().map(ProductMapper::toProduct).toList(), page, total);
    }

    @Override
    public List<Product> boughtTogetherWith(ProductId id, int limit) {
        return rows.findBoughtTogetherWith(id.value(), limit).stream()
                .map(ProductMapper::toProduct)
                .toList();
    }

    @Override
    public Product saveDetails(Product product) {
        ProductId id = product.requireId();
        ProductRow row = ProductMapper.toRow(product);
        int changed = rows.updateDetails(
                id.value(),
                row.name(),
                row.description(),
                row.price(),
                row.active(),
                row.salePercent(),
                row.saleEndsAt(),
                row.imageName(),
                row.updatedAt());
        if (changed == 0) {
            throw notFound(id);
        }
        return findById(id).orElseThrow(() -> notFound(id));
    }

    @Override
    public boolean addStock(ProductId id, int quantity, Instant now) {
        if (quantity < 1) {
            throw new IllegalArgumentException("Stock is added in positive quantities: " + quantity);
        }
        return rows.addStock(id.value(), quantity, Product.MAX_STOCK, DatabaseTime.of(now)) == 1;
    }

    @Override
    public long count() {
        return rows.count();
    }

    private static NotFoundException notFound(ProductId id) {
        return NotFoundException.of(NotFoundException.Resource.PRODUCT, id.value());
    }
}

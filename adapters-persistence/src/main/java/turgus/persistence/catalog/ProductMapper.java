package turgus.persistence.catalog;

import turgus.domain.catalog.Product;
import turgus.domain.catalog.ProductDescription;
import turgus.domain.catalog.ProductId;
import turgus.domain.catalog.ProductName;
import turgus.domain.catalog.Sale;
import turgus.domain.shared.Money;
import turgus.persistence.shared.DatabaseTime;

/** Products to rows and back. */
final class ProductMapper {
    private ProductMapper() {}

    static ProductRow toRow(Product product) {
        return new ProductRow(
                product.id().map(ProductId::value).orElse(null),
                product.name().value(),
                product.description().value(),
                product.price().amount(),
                product.stock(),
                product.isActive(),
                product.sale().map(Sale::percent).orElse(null),
                DatabaseTime.of(product.sale().map(Sale::endsAt).orElse(null)),
                product.imageName().orElse(null),
                DatabaseTime.of(product.createdAt()),
                DatabaseTime.of(product.updatedAt()));
    }

    static Product toProduct(ProductRow row) {
        return Product.builder()
                .id(ProductId.of(row.id()))
                .name(new ProductName(row.name()))
                .description(new ProductDescription(row.description()))
                .price(new Money(row.price()))
                .stock(row.stock())
                .active(row.active())
                .sale(row.salePercent() == null ? null : new Sale(row.salePercent(), row.saleEndsAt()))
                .imageName(row.imageName())
                .createdAt(row.createdAt())
                .updatedAt(row.updatedAt())
                .build();
    }
}

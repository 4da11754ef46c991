package turgus.domain.testing

import java.time.Instant
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductDescription
import turgus.domain.catalog.ProductId
import turgus.domain.catalog.ProductName
import turgus.domain.catalog.Sale
import turgus.domain.shared.Money

/** Test data for products: {@code aProduct().named('Tea').priced('4.50').build()}. */
class ProductFixtures {
    static final Instant CREATED = Instant.parse('2026-11-01T10:00:00Z')

    static ProductBuilder aProduct() {
        new ProductBuilder()
    }

    static class ProductBuilder {
        private Long id
        private String name = 'Green tea'
        private String description = 'Loose leaves from a small farm.'
        private String price = '4.50'
        private int stock = 10
        private boolean active = true
        private Sale sale
        private Instant createdAt = CREATED

        ProductBuilder withId(long value) { id = value; this }
        ProductBuilder named(String value) { name = value; this }
        ProductBuilder described(String value) { description = value; this }
        ProductBuilder priced(String value) { price = value; this }
        ProductBuilder inStock(int value) { stock = value; this }
        ProductBuilder withdrawn() { active = false; this }
        ProductBuilder onSale(int percent, Instant endsAt = null) { sale = new Sale(percent, endsAt); this }
        ProductBuilder createdAt(Instant value) { createdAt = value; this }

        Product build() {
            Product.builder()
                    .id(id == null ? null : ProductId.of(id))
                    .name(new ProductName(name))
                    .description(new ProductDescription(description))
                    .price(Money.of(price))
                    .stock(stock)
                    .active(active)
                    .sale(sale)
                    .createdAt(createdAt)
                    .updatedAt(createdAt)
                    .build()
        }
    }
}

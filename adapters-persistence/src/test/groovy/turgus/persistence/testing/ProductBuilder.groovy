package turgus.persistence.testing

import groovy.transform.CompileStatic
import turgus.domain.catalog.Product
import turgus.domain.catalog.ProductDescription
import turgus.domain.catalog.ProductId
import turgus.domain.catalog.ProductName
import turgus.domain.catalog.Sale
import turgus.domain.shared.Money

import java.time.Instant

/**
 * Products for tests: believable defaults, and a method for each thing a test cares about.
 *
 * <pre>
 * Product beans = aProduct().named('Colombian beans').pricedAt('9.90').withStock(3).build()
 * </pre>
 */
@CompileStatic
final class ProductBuilder {
    /** The moment test products are made at, unless a test says otherwise. */
    public static final Instant MADE_AT = Instant.parse('2026-11-21T10:00:00Z')

    private Long id
    private String name = 'Ethiopian Yirgacheffe coffee beans, 250 g'
    private String description = 'Washed Arabica with notes of lemon and jasmine.'
    private String price = '12.50'
    private int stock = 10
    private boolean active = true
    private Sale sale
    private String imageName
    private Instant createdAt = MADE_AT
    private Instant updatedAt

    private ProductBuilder() {}

    static ProductBuilder aProduct() {
        new ProductBuilder()
    }

    ProductBuilder withId(long value) {
        id = value
        this
    }

    ProductBuilder named(String value) {
        name = value
        this
    }

    ProductBuilder describedAs(String value) {
        description = value
        this
    }

    ProductBuilder pricedAt(String euros) {
        price = euros
        this
    }

    ProductBuilder withStock(int value) {
        stock = value
        this
    }

    ProductBuilder withdrawn() {
        active = false
        this
    }

    ProductBuilder onSale(int percent, Instant endsAt = null) {
        sale = new Sale(percent, endsAt)
        this
    }

    ProductBuilder withImage(String value) {
        imageName = value
        this
    }

    ProductBuilder createdAt(Instant value) {
        createdAt = value
        this
    }

    ProductBuilder updatedAt(Instant value) {
        updatedAt = value
        this
    }

    Product build() {
        Product.builder()
                .id(id == null ? null : ProductId.of(id))
                .name(new ProductName(name))
                .description(new ProductDescription(description))
                .price(Money.of(price))
                .stock(stock)
                .active(active)
                .sale(sale)
                .imageName(imageName)
                .createdAt(createdAt)
                .updatedAt(updatedAt ?: createdAt)
                .build()
    }
}

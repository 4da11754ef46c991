package turgus.domain.catalog;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/**
 * A product of the catalog. Immutable: every change answers a new product, stamped with the moment
 * it happened. Stock moves in the database with conditional updates, so that concurrent buyers and
 * restocks never overwrite each other; here stock is only read and checked.
 */
public final class Product {
    public static final int MAX_STOCK = 1_000_000;

    private final ProductId id;
    private final ProductName name;
    private final ProductDescription description;
    private final Money price;
    private final int stock;
    private final boolean active;
    private final Sale sale;
    private final String imageName;
    private final Instant createdAt;
    private final Instant updatedAt;

    private Product(Builder builder) {
        this.id = builder.id;
        this.name = Objects.requireNonNull(builder.name, "name");
        this.description = Objects.requireNonNullElse(builder.description, ProductDescription.NONE);
        this.price = Objects.requireNonNull(builder.price, "price");
        this.stock = checkStock(builder.stock);
        this.active = builder.active;
        this.sale = builder.sale;
        this.imageName = builder.imageName;
        this.createdAt = Objects.requireNonNull(builder.createdAt, "createdAt");
        this.updatedAt = Objects.requireNonNull(builder.updatedAt, "updatedAt");
        if (!price.isPositive()) {
            throw new InvalidValueException("price", FieldRule.NOT_POSITIVE);
        }
    }

    /** A product new to the catalog: active, without id until it is stored. */
    public static Product add(ProductName name, ProductDescription description, Money price, int stock, Instant now) {
        return builder()
                .name(name)
                .description(description)
                .price(price)
                .stock(stock)
                .active(true)
                .createdAt(now)
                .updatedAt(now)
                .build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public static int checkStock(int stock) {
        if (stock < 0) {
            throw new InvalidValueException("stock", FieldRule.NEGATIVE);
        }
        if (stock > MAX_STOCK) {
            throw new InvalidValueException("stock", FieldRule.TOO_LARGE, "max", MAX_STOCK);
        }
        return stock;
    }

    public Product rename(ProductName newName, Instant now) {
        return toBuilder().name(newName).updatedAt(now).build();
    }

    public Product describe(ProductDescription newDescription, Instant now) {
        return toBuilder().description(newDescription).updatedAt(now).build();
    }

    public Product reprice(Money newPrice, Instant now) {
        return toBuilder().price(newPrice).updatedAt(now).build();
    }

    /** Puts the product on sale, or ends its sale when {@code newSale} is empty. */
    public Product changeSale(Optional<Sale> newSale, Instant now) {
        return toBuilder().sale(newSale.orElse(null)).updatedAt(now).build();
    }

    public Product withImage(String newImageName, Instant now) {
        return toBuilder().imageName(newImageName).updatedAt(now).build();
    }

    /** Takes the product off sale: it keeps its data and orders, but nobody can see or buy it. */
    public Product withdraw(Instant now) {
        return toBuilder().active(false).updatedAt(now).build();
    }

    public Product reinstate(Instant now) {
        return toBuilder().active(true).updatedAt(now).build();
    }

    /** The price a buyer pays per unit at {@code moment}: the sale price while a sale runs. */
    public Money unitPriceAt(Instant moment) {
        return salePriceAt(moment).orElse(price);
    }

    public Optional<Money> salePriceAt(Instant moment) {
        return currentSale(moment).map(s -> s.applyTo(price));
    }

    public Optional<Sale> currentSale(Instant moment) {
        return Optional.ofNullable(sale).filter(s -> s.isActiveAt(moment));
    }

    public boolean isInStock() {
        return stock > 0;
    }

    public Optional<ProductId> id() {
        return Optional.ofNullable(id);
    }

    /** The id of a stored product. */
    public ProductId requireId() {
        if (id == null) {
            throw new IllegalStateException("The product has not been stored yet");
        }
        return id;
    }

    public ProductName name() {
        return name;
    }

    public ProductDescription description() {
        return description;
    }

    public Money price() {
        return price;
    }

    public int stock() {
        return stock;
    }

    public boolean isActive() {
        return active;
    }

    public Optional<Sale> sale() {
        return Optional.ofNullable(sale);
    }

    public Optional<String> imageName() {
        return Optional.ofNullable(imageName);
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public Builder toBuilder() {
        return new Builder()
                .id(id)
                .name(name)
                .description(description)
                .price(price)
                .stock(stock)
                .active(active)
                .sale(sale)
                .imageName(imageName)
                .createdAt(createdAt)
                .updatedAt(updatedAt);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Product that
                && Objects.equals(id, that.id)
                && name.equals(that.name)
                && description.equals(that.description)
                && price.equals(that.price)
                && stock == that.stock
                && active == that.active
                && Objects.equals(sale, that.sale)
                && Objects.equals(imageName, that.imageName)
                && createdAt.equals(that.createdAt)
                && updatedAt.equals(that.updatedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, name, price, stock, active, updatedAt);
    }

    @Override
    public String toString() {
        return "Product[" + id + ", " + name + ", " + price + ", stock " + stock + (active ? "" : ", withdrawn") + "]";
    }

    /** Rebuilds a product from storage or assembles one in a test. */
    public static final class Builder {
        private ProductId id;
        private ProductName name;
        private ProductDescription description;
        private Money price;
        private int stock;
        private boolean active = true;
        private Sale sale;
        private String imageName;
        private Instant createdAt;
        private Instant updatedAt;

        private Builder() {}

        public Builder id(ProductId value) {
            id = value;
            return this;
        }

        public Builder name(ProductName value) {
            name = value;
            return this;
        }

        public Builder description(ProductDescription value) {
            description = value;
            return this;
        }

        public Builder price(Money value) {
            price = value;
            return this;
        }

        public Builder stock(int value) {
            stock = value;
            return this;
        }

        public Builder active(boolean value) {
            active = value;
            return this;
        }

        public Builder sale(Sale value) {
            sale = value;
            return this;
        }

        public Builder imageName(String value) {
            imageName = value;
            return this;
        }

        public Builder createdAt(Instant value) {
            createdAt = value;
            return this;
        }

        public Builder updatedAt(Instant value) {
            updatedAt = value;
            return this;
        }

        public Product build() {
            return new Product(this);
        }
    }
}

package turgus.domain.catalog;

/** The identity of a product in the catalog. */
public record ProductId(long value) {
    public ProductId {
        if (value < 1) {
            throw new IllegalArgumentException("A product id is positive: " + value);
        }
    }

    public static ProductId of(long value) {
        return new ProductId(value);
    }
}

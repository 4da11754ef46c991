package turgus.domain.order;

/** The identity of an order. */
public record OrderId(long value) {
    public OrderId {
        if (value < 1) {
            throw new IllegalArgumentException("An order id is positive: " + value);
        }
    }

    public static OrderId of(long value) {
        return new OrderId(value);
    }
}

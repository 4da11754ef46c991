package turgus.domain.order;

import java.util.Optional;

/** A second refund of the same order: money goes back once only. */
public class AlreadyRefunded extends RuntimeException {
    private final transient OrderId orderId;

    public AlreadyRefunded(OrderId orderId) {
        super("This order has already been refunded");
        this.orderId = orderId;
    }

    public Optional<OrderId> orderId() {
        return Optional.ofNullable(orderId);
    }
}

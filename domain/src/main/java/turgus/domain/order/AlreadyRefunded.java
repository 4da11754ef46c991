package turgus.domain.order;

import java.util.Map;
import java.util.Optional;
import turgus.domain.shared.Refusal;
import turgus.domain.shared.RefusalReason;

/** A second refund of the same order: money goes back once only. */
public class AlreadyRefunded extends Refusal {
    private final transient OrderId orderId;

    public AlreadyRefunded(OrderId orderId) {
        super(
                RefusalReason.ALREADY_REFUNDED,
                orderId == null ? Map.of() : details("orderId", orderId.value()),
                "This order has already been refunded");
        this.orderId = orderId;
    }

    public Optional<OrderId> orderId() {
        return Optional.ofNullable(orderId);
    }
}

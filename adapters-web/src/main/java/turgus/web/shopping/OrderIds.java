package turgus.web.shopping;

import turgus.application.shared.NotFoundException;
import turgus.domain.order.OrderId;

/** Reads an order id from a path: a number that cannot be an id names no order. */
final class OrderIds {
    private OrderIds() {}

    static OrderId of(long raw) {
        if (raw < 1) {
            throw NotFoundException.of(NotFoundException.Resource.ORDER, raw);
        }
        return OrderId.of(raw);
    }
}

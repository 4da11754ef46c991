package turgus.application.order;

import java.util.Objects;
import turgus.domain.order.Order;

/** An order with its customer's name and email as they were when it was placed (for admins). */
public record CustomerOrder(Order order, String customerName, String customerEmail) {
    public CustomerOrder {
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(customerName, "customerName");
        Objects.requireNonNull(customerEmail, "customerEmail");
    }
}

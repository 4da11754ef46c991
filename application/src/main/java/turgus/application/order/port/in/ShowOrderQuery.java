package turgus.application.order.port.in;

import turgus.domain.account.UserId;
import turgus.domain.order.Order;
import turgus.domain.order.OrderId;

/** One of the customer's own orders; another customer's order is not found, as if it did not exist. */
public interface ShowOrderQuery {
    Order show(UserId customer, OrderId id);
}

package turgus.application.order.port.in;

import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.UserId;
import turgus.domain.order.Order;

/** A customer's own orders, newest first. */
public interface BrowseOrdersQuery {
    Page<Order> ordersOf(UserId customer, PageRequest page);
}

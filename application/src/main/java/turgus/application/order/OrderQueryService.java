package turgus.application.order;

import jakarta.inject.Singleton;
import java.util.Objects;
import turgus.application.order.port.in.BrowseAllOrdersQuery;
import turgus.application.order.port.in.BrowseOrdersQuery;
import turgus.application.order.port.in.ShowOrderQuery;
import turgus.application.order.port.out.OrderRepository;
import turgus.application.shared.NotFoundException;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.UserId;
import turgus.domain.order.Order;
import turgus.domain.order.OrderId;

/** Order history for customers (their own only) and for admins (all). */
@Singleton
public final class OrderQueryService implements BrowseOrdersQuery, ShowOrderQuery, BrowseAllOrdersQuery {
    private final OrderRepository orders;

    public OrderQueryService(OrderRepository orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    @Override
    public Page<Order> ordersOf(UserId customer, PageRequest page) {
        return orders.findByCustomer(customer, page);
    }

    @Override
    public Order show(UserId customer, OrderId id) {
        return orders.findById(id)
                .filter(order -> order.customer().equals(customer))
                .orElseThrow(() -> notFound(id));
    }

    @Override
    public Page<CustomerOrder> browseAll(String q, PageRequest page) {
        return orders.search(q == null || q.isBlank() ? null : q.strip(), page);
    }

    static NotFoundException notFound(OrderId id) {
        return NotFoundException.of(NotFoundException.Resource.ORDER, id.value());
    }
}

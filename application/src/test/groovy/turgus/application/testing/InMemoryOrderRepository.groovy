package turgus.application.testing

import turgus.application.order.CustomerOrder
import turgus.application.order.PurchaseStats
import turgus.application.order.port.out.OrderRepository
import turgus.application.shared.Page
import turgus.application.shared.PageRequest
import turgus.domain.account.UserId
import turgus.domain.order.Order
import turgus.domain.order.OrderId

import java.time.Instant
import java.util.concurrent.atomic.AtomicLong
import turgus.domain.testing.Stored

/** Orders in a map, for specs of the use cases. */
class InMemoryOrderRepository implements OrderRepository {
    final Map<OrderId, CustomerOrder> orders = new LinkedHashMap<>()
    private final AtomicLong ids = new AtomicLong()
    /** Where {@link #addForAccount} finds the customer's name and email. */
    InMemoryAccountRepository accounts = new InMemoryAccountRepository()

    @Override
    synchronized Order add(Order order, String customerName, String customerEmail) {
        Order stored = Stored.withId(order, OrderId.of(ids.incrementAndGet()))
        orders[stored.requireId()] = new CustomerOrder(stored, customerName, customerEmail)
        stored
    }

    @Override
    synchronized Optional<Order> addForAccount(Order order) {
        accounts.findById(order.customer()).map { account ->
            add(order, account.fullName().value(), account.email().value())
        }
    }

    @Override
    synchronized Optional<Order> findById(OrderId id) {
        Optional.ofNullable(orders[id]?.order())
    }

    @Override
    synchronized Page<Order> findByCustomer(UserId customer, PageRequest page) {
        List<Order> own = orders.values()*.order().findAll { it.customer() == customer }.reverse()
        Page.of(own.drop((int) page.offset()).take(page.size()), page, own.size())
    }

    @Override
    synchronized Page<CustomerOrder> search(String text, PageRequest page) {
        List<CustomerOrder> found = orders.values().findAll {
            text == null || it.customerEmail().contains(text.toLowerCase()) || it.customerName().toLowerCase().contains(text.toLowerCase()) ||
                    String.valueOf(it.order().requireId().value()) == text
        }.reverse()
        Page.of(found.drop((int) page.offset()).take(page.size()), page, found.size())
    }

    @Override
    synchronized boolean markRefunded(OrderId id, Instant at) {
        CustomerOrder current = orders[id]
        if (current == null || current.order().isRefunded()) {
            return false
        }
        orders[id] = new CustomerOrder(current.order().refund(at), current.customerName(), current.customerEmail())
        true
    }

    @Override
    synchronized PurchaseStats purchaseStatsOf(UserId customer) {
        List<Order> paid = orders.values()*.order().findAll { it.customer() == customer && it.isCompleted() }
        new PurchaseStats(paid.size(), paid*.total().inject(turgus.domain.shared.Money.ZERO) { a, b -> a.plus(b) })
    }
}

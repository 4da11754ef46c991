package turgus.application.order.port.out;

import java.time.Instant;
import java.util.Optional;
import turgus.application.order.CustomerOrder;
import turgus.application.order.PurchaseStats;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.UserId;
import turgus.domain.order.Order;
import turgus.domain.order.OrderId;

/** Orders as they were paid, with their lines and discounts. */
public interface OrderRepository {
    /** Stores a new order with its lines and discounts and the customer's name and email of now. */
    Order add(Order order, String customerName, String customerEmail);

    /**
     * Stores a new order like {@link #add}, with the customer's name and email as their account has
     * them now, read by the same write.
     *
     * @return the stored order; empty, with nothing stored, when the customer has no account
     */
    Optional<Order> addForAccount(Order order);

    Optional<Order> findById(OrderId id);

    /** A customer's orders, newest first. */
    Page<Order> findByCustomer(UserId customer, PageRequest page);

    /**
     * All orders, newest first; {@code text} (optional) matches the customer's email or name (in any
     * case, anywhere) or, if it is a number, the order id.
     */
    Page<CustomerOrder> search(String text, PageRequest page);

    /**
     * Marks a PAID order refunded, in one conditional statement.
     *
     * @return false if it was not PAID any more (refunded by someone else first) or is unknown
     */
    boolean markRefunded(OrderId id, Instant at);

    /** How many PAID orders a customer has and what they cost. */
    PurchaseStats purchaseStatsOf(UserId customer);
}

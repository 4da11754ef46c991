package turgus.application.order.port.in;

import turgus.domain.account.UserId;
import turgus.domain.order.Order;
import turgus.domain.order.OrderId;

/**
 * An admin refunds an order once: its total back to the customer's balance (in the ledger), its items
 * back to stock, the order REFUNDED — in one transaction. A second refund is {@code AlreadyRefunded}.
 */
public interface RefundOrderUseCase {
    /** @param admin who refunds it, for the event log */
    Order refund(OrderId id, UserId admin);
}

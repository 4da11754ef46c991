package turgus.application.order;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.audit.port.out.EventDetails;
import turgus.application.catalog.port.out.StockLedger;
import turgus.application.ledger.port.out.WalletRepository;
import turgus.application.order.port.in.RefundOrderUseCase;
import turgus.application.order.port.out.OrderRepository;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;
import turgus.domain.catalog.ProductId;
import turgus.domain.ledger.Balance;
import turgus.domain.order.AlreadyRefunded;
import turgus.domain.order.Order;
import turgus.domain.order.OrderId;
import turgus.domain.order.OrderLine;

/**
 * Refunds an order in one transaction: first the conditional PAID → REFUNDED update (which makes a
 * second, concurrent refund find nothing to change), then the customer's wallet, then the stock in
 * ascending product id order; the event log's ORDER_REFUNDED entry commits with them.
 */
@Singleton
public final class RefundService implements RefundOrderUseCase {
    private final OrderRepository orders;
    private final WalletRepository wallets;
    private final StockLedger stock;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public RefundService(
            OrderRepository orders,
            WalletRepository wallets,
            StockLedger stock,
            AuditLog audit,
            Transactions transactions,
            Clock clock) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.wallets = Objects.requireNonNull(wallets, "wallets");
        this.stock = Objects.requireNonNull(stock, "stock");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Order refund(OrderId id, UserId admin) {
        Objects.requireNonNull(admin, "admin");
        Order paid = orders.findById(id).orElseThrow(() -> OrderQueryService.notFound(id));
        wallets.open(paid.customer());
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Order refunded = paid.refund(now);
            if (!orders.markRefunded(id, now)) {
                throw new AlreadyRefunded(id);
            }
            Balance balance = wallets.lock(paid.customer());
            wallets.record(paid.customer(), balance.refund(paid.total(), id, now));
            Map<ProductId, Integer> items = new TreeMap<>((a, b) -> Long.compare(a.value(), b.value()));
            for (OrderLine line : paid.lines()) {
                items.merge(line.productId(), line.quantity(), Integer::sum);
            }
            items.forEach((product, quantity) -> stock.giveBack(product, quantity));
            audit.record(new AuditEvent(
                    now,
                    AuditEventType.ORDER_REFUNDED,
                    admin,
                    paid.customer(),
                    null,
                    EventDetails.of("orderId", id.value())
                            .and("amount", paid.total())
                            .toString()));
            return orders.findById(id).orElse(refunded);
        });
    }
}

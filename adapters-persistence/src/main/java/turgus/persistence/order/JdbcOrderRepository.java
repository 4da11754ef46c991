package turgus.persistence.order;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import turgus.application.order.CustomerOrder;
import turgus.application.order.PurchaseStats;
import turgus.application.order.port.out.OrderRepository;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.domain.account.UserId;
import turgus.domain.catalog.ProductId;
import turgus.domain.discount.AppliedDiscount;
import turgus.domain.order.Order;
import turgus.domain.order.OrderId;
import turgus.domain.order.OrderLine;
import turgus.domain.order.OrderStatus;
import turgus.domain.shared.Money;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.JdbcTransactions;
import turgus.persistence.shared.LikePatterns;

/**
 * Orders in {@code orders}, with {@code order_lines} and {@code order_discounts}. A checkout's order is
 * written with its lines in one statement where the database can ({@link OrderInserts}).
 */
@Singleton
public final class JdbcOrderRepository implements OrderRepository {
    private final OrderRowRepository orders;
    private final OrderLineRowRepository lines;
    private final OrderDiscountRowRepository discounts;
    private final OrderInserts inserts;
    private final JdbcTransactions transactions;

    JdbcOrderRepository(
            OrderRowRepository orders,
            OrderLineRowRepository lines,
            OrderDiscountRowRepository discounts,
            OrderInserts inserts,
            JdbcTransactions transactions) {
        this.inserts = Objects.requireNonNull(inserts, "inserts");
        this.orders = Objects.requireNonNull(orders, "orders");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.discounts = Objects.requireNonNull(discounts, "discounts");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Order add(Order order, String customerName, String customerEmail) {
        requireNew(order);
        return transactions.inTransaction(() -> {
            long id = orders.save(orderRow(order, customerName, customerEmail)).id();
            lines.saveAll(lineRows(id, order));
            List<OrderDiscountRow> discountRows = discountRows(id, order);
            if (!discountRows.isEmpty()) {
                discounts.saveAll(discountRows);
            }
            return written(id, order);
        });
    }

    @Override
    public Optional<Order> addForAccount(Order order) {
        requireNew(order);
        return transactions.inTransaction(() -> {
            OptionalLong id =
                    inserts.insertForAccount(orderRow(order, null, null), lineRows(0, order), discountRows(0, order));
            if (id.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(written(id.getAsLong(), order));
        });
    }

    private static void requireNew(Order order) {
        if (order.id().isPresent()) {
            throw new IllegalArgumentException("A new order has no id yet: " + order);
        }
    }

    private static OrderRow orderRow(Order order, String customerName, String customerEmail) {
        return new OrderRow(
                null,
                order.customer().value(),
                customerName,
                customerEmail,
                order.status().name(),
                order.subtotal().amount(),
                order.subtotal().minus(order.total()).amount(),
                order.total().amount(),
                order.promoCode().orElse(null),
                DatabaseTime.of(order.createdAt()),
                DatabaseTime.of(order.refundedAt().orElse(null)));
    }

    private static List<OrderLineRow> lineRows(long id, Order order) {
        List<OrderLine> orderLines = order.lines();
        List<OrderLineRow> lineRows = new ArrayList<>(orderLines.size());
        for (int i = 0; i < orderLines.size(); i++) {
            OrderLine line = orderLines.get(i);
            lineRows.add(new OrderLineRow(
                    id,
                    i,
                    line.productId().value(),
                    line.name(),
                    line.regularUnitPrice().amount(),
                    line.unitPrice().amount(),
                    line.quantity(),
                    line.lineTotal().amount()));
        }
        return lineRows;
    }

    private static List<OrderDiscountRow> discountRows(long id, Order order) {
        List<AppliedDiscount> applied = order.discounts();
        List<OrderDiscountRow> discountRows = new ArrayList<>(applied.size());
        for (int i = 0; i < applied.size(); i++) {
            AppliedDiscount discount = applied.get(i);
            discountRows.add(new OrderDiscountRow(
                    id,
                    i,
                    discount.kind().name(),
                    discount.name(),
                    discount.percent(),
                    null,
                    discount.amount().amount()));
        }
        return discountRows;
    }

    /**
     * The order just written, as a read would answer it (times at the database's precision), without
     * reading it back.
     */
    private static Order written(long id, Order order) {
        return Order.restore(
                OrderId.of(id),
                order.customer(),
                order.lines(),
                order.subtotal(),
                order.discounts(),
                order.total(),
                order.promoCode().orElse(null),
                order.status(),
                DatabaseTime.of(order.createdAt()),
                DatabaseTime.of(order.refundedAt().orElse(null)));
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return orders.findById(id.value()).map(this::toOrder);
    }

    @Override
    public Page<Order> findByCustomer(UserId customer, PageRequest page) {
        List<Order> found = orders.findOfCustomer(customer.value(), page.size(), page.offset()).stream()
                .map(this::toOrder)
                .toList();
        return Page.of(found, page, orders.countOfCustomer(customer.value()));
    }

    @Override
    public Page<CustomerOrder> search(String text, PageRequest page) {
        String pattern = text == null ? LikePatterns.anything() : LikePatterns.containingIgnoringCase(text);
        long idMatch = text != null && text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
        List<CustomerOrder> found = orders.findMatching(pattern, idMatch, page.size(), page.offset()).stream()
                .map(row -> new CustomerOrder(toOrder(row), row.customerName(), row.customerEmail()))
                .toList();
        return Page.of(found, page, orders.countMatching(pattern, idMatch));
    }

    @Override
    public boolean markRefunded(OrderId id, Instant at) {
        return orders.markRefunded(id.value(), DatabaseTime.of(at)) == 1;
    }

    @Override
    public PurchaseStats purchaseStatsOf(UserId customer) {
        return orders.purchaseStatsOf(customer.value())
                .map(row -> new PurchaseStats(Math.toIntExact(row.paid()), new Money(row.spent())))
                .orElse(PurchaseStats.NONE);
    }

    private Order toOrder(OrderRow row) {
        List<OrderLine> orderLines = lines.findOfOrder(row.id()).stream()
                .map(line -> new OrderLine(
                        ProductId.of(line.productId()),
                        line.name(),
                        new Money(line.regularUnitPrice()),
                        new Money(line.unitPrice()),
                        line.quantity(),
                        new Money(line.lineTotal())))
                .toList();
        List<AppliedDiscount> applied = new ArrayList<>(discounts.findOfOrder(row.id()).stream()
                .map(OrderDiscountRow::toDiscount)
                .toList());
        return Order.restore(
                OrderId.of(row.id()),
                UserId.of(row.userId()),
                orderLines,
                new Money(row.subtotal()),
                applied,
                new Money(row.total()),
                row.promoCode(),
                OrderStatus.valueOf(row.status()),
                row.createdAt(),
                row.refundedAt());
    }
}

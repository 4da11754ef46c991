package turgus.persistence.order;

import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.application.order.CustomerOrder;
import turgus.application.order.PurchaseStats;
import turgus.application.order.port.out.OrderRepository;
import turgus.application.shared.Page;
import turgus.application.shared.PageRequest;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;
import turgus.domain.catalog.ProductId;
import turgus.domain.discount.AppliedDiscount;
import turgus.domain.discount.DiscountKind;
import turgus.domain.order.Order;
import turgus.domain.order.OrderId;
import turgus.domain.order.OrderLine;
import turgus.domain.order.OrderStatus;
import turgus.domain.shared.Money;
import turgus.persistence.shared.LikePatterns;
import turgus.persistence.shared.Sql;

/** Orders in {@code orders}, with {@code order_lines} and {@code order_discounts}. */
@Singleton
public final class JdbcOrderRepository implements OrderRepository {
    private static final String COLUMNS = "SELECT id, user_id, customer_name, customer_email, status, subtotal,"
            + " discount_total, total, promo_code, created_at, refunded_at FROM orders";

    private final Sql sql;
    private final Transactions transactions;

    JdbcOrderRepository(Sql sql, Transactions transactions) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Order add(Order order, String customerName, String customerEmail) {
        if (order.id().isPresent()) {
            throw new IllegalArgumentException("A new order has no id yet: " + order);
        }
        return transactions.inTransaction(() -> {
            long id = sql.insert(
                    "INSERT INTO orders (user_id, customer_name, customer_email, status, subtotal, discount_total, total,"
                            + " promo_code, created_at, refunded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    order.customer().value(),
                    customerName,
                    customerEmail,
                    order.status().name(),
                    order.subtotal().amount(),
                    order.subtotal().minus(order.total()).amount(),
                    order.total().amount(),
                    Sql.orNull(order.promoCode().orElse(null)),
                    order.createdAt(),
                    Sql.orNull(order.refundedAt().orElse(null)));
            List<OrderLine> lines = order.lines();
            for (int i = 0; i < lines.size(); i++) {
                OrderLine line = lines.get(i);
                sql.update(
                        "INSERT INTO order_lines (order_id, line_no, product_id, name, regular_unit_price, unit_price,"
                                + " quantity, line_total) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                        id,
                        i,
                        line.productId().value(),
                        line.name(),
                        line.regularUnitPrice().amount(),
                        line.unitPrice().amount(),
                        line.quantity(),
                        line.lineTotal().amount());
            }
            List<AppliedDiscount> discounts = order.discounts();
            for (int i = 0; i < discounts.size(); i++) {
                AppliedDiscount discount = discounts.get(i);
                sql.update(
                        "INSERT INTO order_discounts (order_id, line_no, kind, label, amount) VALUES (?, ?, ?, ?, ?)",
                        id,
                        i,
                        discount.kind().name(),
                        discount.label(),
                        discount.amount().amount());
            }
            return findById(OrderId.of(id)).orElseThrow();
        });
    }

    @Override
    public Optional<Order> findById(OrderId id) {
        return sql.one(COLUMNS + " WHERE id = ?", OrderHead::read, id.value()).map(this::complete);
    }

    @Override
    public Page<Order> findByCustomer(UserId customer, PageRequest page) {
        List<Order> found = sql
                .list(
                        COLUMNS + " WHERE user_id = ? ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                        OrderHead::read,
                        customer.value(),
                        page.size(),
                        page.offset())
                .stream()
                .map(this::complete)
                .toList();
        long total = sql.count("SELECT COUNT(*) FROM orders WHERE user_id = ?", customer.value());
        return Page.of(found, page, total);
    }

    @Override
    public Page<CustomerOrder> search(String text, PageRequest page) {
        String pattern = text == null ? LikePatterns.anything() : LikePatterns.containingIgnoringCase(text);
        long idMatch = text != null && text.matches("\\d{1,18}") ? Long.parseLong(text) : -1;
        String where = " WHERE (LOWER(customer_email) LIKE ? ESCAPE '\\' OR LOWER(customer_name) LIKE ? ESCAPE '\\'"
                + " OR id = ?)";
        List<CustomerOrder> found = sql
                .list(
                        COLUMNS + where + " ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?",
                        OrderHead::read,
                        pattern,
                        pattern,
                        idMatch,
                        page.size(),
                        page.offset())
                .stream()
                .map(head -> new CustomerOrder(complete(head), head.customerName(), head.customerEmail()))
                .toList();
        long total = sql.count("SELECT COUNT(*) FROM orders" + where, pattern, pattern, idMatch);
        return Page.of(found, page, total);
    }

    @Override
    public boolean markRefunded(OrderId id, Instant at) {
        return sql.update(
                        "UPDATE orders SET status = 'REFUNDED', refunded_at = ? WHERE id = ? AND status = 'PAID'",
                        at,
                        id.value())
                == 1;
    }

    @Override
    public PurchaseStats purchaseStatsOf(UserId customer) {
        return sql.one(
                        "SELECT COUNT(*) AS orders_count, COALESCE(SUM(total), 0) AS spent FROM orders"
                                + " WHERE user_id = ? AND status = 'PAID'",
                        row -> new PurchaseStats(row.getInt("orders_count"), new Money(row.getBigDecimal("spent"))),
                        customer.value())
                .orElse(PurchaseStats.NONE);
    }

    private Order complete(OrderHead head) {
        List<OrderLine> lines = sql.list(
                "SELECT product_id, name, regular_unit_price, unit_price, quantity, line_total FROM order_lines"
                        + " WHERE order_id = ? ORDER BY line_no",
                row -> new OrderLine(
                        ProductId.of(row.getLong("product_id")),
                        row.getString("name"),
                        new Money(row.getBigDecimal("regular_unit_price")),
                        new Money(row.getBigDecimal("unit_price")),
                        row.getInt("quantity"),
                        new Money(row.getBigDecimal("line_total"))),
                head.id());
        List<AppliedDiscount> discounts = new ArrayList<>(sql.list(
                "SELECT kind, label, amount FROM order_discounts WHERE order_id = ? ORDER BY line_no",
                row -> new AppliedDiscount(
                        DiscountKind.valueOf(row.getString("kind")),
                        row.getString("label"),
                        new Money(row.getBigDecimal("amount"))),
                head.id()));
        return Order.restore(
                OrderId.of(head.id()),
                UserId.of(head.userId()),
                lines,
                head.subtotal(),
                discounts,
                head.total(),
                head.promoCode(),
                head.status(),
                head.createdAt(),
                head.refundedAt());
    }

    /** The {@code orders} row of an order. */
    private record OrderHead(
            long id,
            Long userId,
            String customerName,
            String customerEmail,
            OrderStatus status,
            Money subtotal,
            Money total,
            String promoCode,
            Instant createdAt,
            Instant refundedAt) {
        static OrderHead read(ResultSet row) throws SQLException {
            long userId = row.getLong("user_id");
            Long user = row.wasNull() ? null : userId;
            return new OrderHead(
                    row.getLong("id"),
                    user,
                    row.getString("customer_name"),
                    row.getString("customer_email"),
                    OrderStatus.valueOf(row.getString("status")),
                    new Money(row.getBigDecimal("subtotal")),
                    new Money(row.getBigDecimal("total")),
                    row.getString("promo_code"),
                    Sql.instant(row, "created_at"),
                    Sql.instant(row, "refunded_at"));
        }
    }
}

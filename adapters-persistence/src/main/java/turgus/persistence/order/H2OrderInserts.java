package turgus.persistence.order;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * On H2, which has no data-modifying CTE: the account read, the order inserted, its lines in one batch
 * and its discounts (none for most orders) in another.
 */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:h2:.*")
final class H2OrderInserts implements OrderInserts {
    private final OrderRowRepository orders;
    private final OrderLineRowRepository lines;
    private final OrderDiscountRowRepository discounts;

    H2OrderInserts(OrderRowRepository orders, OrderLineRowRepository lines, OrderDiscountRowRepository discounts) {
        this.orders = Objects.requireNonNull(orders, "orders");
        this.lines = Objects.requireNonNull(lines, "lines");
        this.discounts = Objects.requireNonNull(discounts, "discounts");
    }

    @Override
    public OptionalLong insertForAccount(
            OrderRow order, List<OrderLineRow> orderLines, List<OrderDiscountRow> orderDiscounts) {
        return orders.findContact(Objects.requireNonNull(order.userId(), "userId"))
                .map(contact -> {
                    long id = orders.save(new OrderRow(
                                    null,
                                    order.userId(),
                                    contact.fullName(),
                                    contact.email(),
                                    order.status(),
                                    order.subtotal(),
                                    order.discountTotal(),
                                    order.total(),
                                    order.promoCode(),
                                    order.createdAt(),
                                    order.refundedAt()))
                            .id();
                    lines.saveAll(orderLines.stream()
                            .map(line -> new OrderLineRow(
                                    id,
                                    line.lineNo(),
                                    line.productId(),
                                    line.name(),
                                    line.regularUnitPrice(),
                                    line.unitPrice(),
                                    line.quantity(),
                                    line.lineTotal()))
                            .toList());
                    if (!orderDiscounts.isEmpty()) {
                        discounts.saveAll(orderDiscounts.stream()
                                .map(discount -> new OrderDiscountRow(
                                        id,
                                        discount.lineNo(),
                                        discount.kind(),
                                        discount.name(),
                                        discount.percent(),
                                        discount.label(),
                                        discount.amount()))
                                .toList());
                    }
                    return OptionalLong.of(id);
                })
                .orElseGet(OptionalLong::empty);
    }
}

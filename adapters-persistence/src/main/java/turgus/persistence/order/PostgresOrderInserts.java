package turgus.persistence.order;

import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/** On PostgreSQL, the order and its lines in one statement ({@link PostgresOrderRowRepository#insertForAccount}). */
@Singleton
@Requires(property = "datasources.default.url", pattern = "jdbc:postgresql:.*")
final class PostgresOrderInserts implements OrderInserts {
    private final PostgresOrderRowRepository orders;

    PostgresOrderInserts(PostgresOrderRowRepository orders) {
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    @Override
    public OptionalLong insertForAccount(OrderRow order, List<OrderLineRow> lines) {
        int n = lines.size();
        int[] lineNos = new int[n];
        long[] productIds = new long[n];
        String[] names = new String[n];
        String[] regularUnitPrices = new String[n];
        String[] unitPrices = new String[n];
        int[] quantities = new int[n];
        String[] lineTotals = new String[n];
        for (int i = 0; i < n; i++) {
            OrderLineRow line = lines.get(i);
            lineNos[i] = line.lineNo();
            productIds[i] = line.productId();
            names[i] = line.name();
            regularUnitPrices[i] = decimal(line.regularUnitPrice());
            unitPrices[i] = decimal(line.unitPrice());
            quantities[i] = line.quantity();
            lineTotals[i] = decimal(line.lineTotal());
        }
        List<Long> ids = orders.insertForAccount(
                Objects.requireNonNull(order.userId(), "userId"),
                order.status(),
                order.subtotal(),
                order.discountTotal(),
                order.total(),
                order.promoCode(),
                order.createdAt(),
                order.refundedAt(),
                lineNos,
                productIds,
                names,
                regularUnitPrices,
                unitPrices,
                quantities,
                lineTotals);
        return ids.isEmpty() ? OptionalLong.empty() : OptionalLong.of(ids.get(0));
    }

    /** Amounts travel as text and become NUMERIC in the statement: exact, whatever the driver does with arrays of decimals. */
    private static String decimal(BigDecimal amount) {
        return amount.toPlainString();
    }
}

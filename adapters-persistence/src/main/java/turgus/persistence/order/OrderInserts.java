package turgus.persistence.order;

import java.util.List;
import java.util.OptionalLong;

/**
 * How the database writes a new order named after the customer's account, with its lines and
 * discounts: one statement on PostgreSQL ({@link PostgresOrderInserts}); a read of the account, the
 * order and a batch each of lines and discounts on H2 ({@link H2OrderInserts}).
 */
interface OrderInserts {
    /**
     * Inserts {@code order} (its {@code id} null; its customer's name and email are taken from the
     * account), its lines and its discounts (their {@code orderId} ignored).
     *
     * @return the new order's id; empty, with nothing written, when the customer has no account
     */
    OptionalLong insertForAccount(OrderRow order, List<OrderLineRow> lines, List<OrderDiscountRow> discounts);
}

package turgus.domain.ledger;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.order.OrderId;
import turgus.domain.shared.Money;

/**
 * One line of a customer's ledger: what moved (signed: money in is positive, money out negative), the
 * balance right after, when, and for which order or with which note.
 *
 * @param orderId the order paid or refunded; required for those, absent otherwise
 * @param note an admin's reason for an adjustment (required there), otherwise optional
 */
public record BalanceMovement(
        MovementType type, Money amount, Money balanceAfter, Instant at, OrderId orderId, String note) {

    public BalanceMovement {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(balanceAfter, "balanceAfter");
        Objects.requireNonNull(at, "at");
        if (!type.allows(amount.amount())) {
            throw new IllegalArgumentException("A " + type + " cannot move " + amount);
        }
        if (balanceAfter.isNegative()) {
            throw new IllegalArgumentException("A balance never goes below zero: " + balanceAfter);
        }
        boolean forAnOrder = type == MovementType.PURCHASE || type == MovementType.REFUND;
        if (forAnOrder != (orderId != null)) {
            throw new IllegalArgumentException("Purchases and refunds, and only they, name their order");
        }
        if (type == MovementType.ADJUSTMENT && (note == null || note.isBlank())) {
            throw new IllegalArgumentException("An adjustment gives its reason");
        }
    }

    /** The balance just before this movement. */
    public Money balanceBefore() {
        return balanceAfter.minus(amount);
    }

    public Optional<OrderId> order() {
        return Optional.ofNullable(orderId);
    }

    public Optional<String> noteText() {
        return Optional.ofNullable(note);
    }
}

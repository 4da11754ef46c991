package turgus.domain.ledger;

import java.time.Instant;
import java.util.Objects;
import turgus.domain.order.OrderId;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;

/**
 * A customer's prepaid money: never below zero, at most {@link #MAX}. Every change answers the {@link
 * BalanceMovement} to record, whose {@code balanceAfter} is the new balance; the balance itself is
 * never changed any other way, so that it always equals the sum of its ledger.
 */
public record Balance(Money amount) {
    /** The most a balance holds (what {@code NUMERIC(12,2)} can store). */
    public static final Money MAX = Money.of("9999999999.99");

    public static final Balance EMPTY = new Balance(Money.ZERO);
    public static final int MAX_REASON_LENGTH = 500;

    public Balance {
        Objects.requireNonNull(amount, "amount");
        if (amount.isNegative()) {
            throw new IllegalArgumentException("A balance is never negative: " + amount);
        }
        if (amount.isGreaterThan(MAX)) {
            throw new IllegalArgumentException("A balance holds at most " + MAX + ": " + amount);
        }
    }

    public static Balance of(Money amount) {
        return new Balance(amount);
    }

    /** Adds a customer's top-up. */
    public BalanceMovement topUp(TopUpAmount topUp, Instant at) {
        Money after = credited(topUp.amount(), "amount");
        return new BalanceMovement(MovementType.TOP_UP, topUp.amount(), after, at, null, null);
    }

    /** Pays for an order; a price above the balance is refused with what it needs and what there is. */
    public BalanceMovement pay(Money price, OrderId orderId, Instant at) {
        Objects.requireNonNull(price, "price");
        if (price.isNegative()) {
            throw new IllegalArgumentException("A price is never negative: " + price);
        }
        if (price.isGreaterThan(amount)) {
            throw new InsufficientBalance(price, amount);
        }
        return new BalanceMovement(
                MovementType.PURCHASE, Money.ZERO.minus(price), amount.minus(price), at, orderId, null);
    }

    /** Gives back what an order cost. */
    public BalanceMovement refund(Money paid, OrderId orderId, Instant at) {
        Objects.requireNonNull(paid, "paid");
        if (paid.isNegative()) {
            throw new IllegalArgumentException("A refund is never negative: " + paid);
        }
        return new BalanceMovement(MovementType.REFUND, paid, credited(paid, "amount"), at, orderId, null);
    }

    /**
     * An admin's credit (positive) or debit (negative) with a reason. A debit larger than the balance is
     * refused: the balance never goes below zero.
     */
    public BalanceMovement adjust(Money change, String reason, Instant at) {
        Objects.requireNonNull(change, "change");
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new InvalidValueException("reason", FieldRule.REQUIRED);
        }
        if (why.length() > MAX_REASON_LENGTH) {
            throw new InvalidValueException("reason", FieldRule.TOO_LONG, "max", MAX_REASON_LENGTH);
        }
        if (change.amount().signum() == 0) {
            throw new InvalidValueException("amount", FieldRule.ZERO);
        }
        Money after = amount.plus(change);
        if (after.isNegative()) {
            throw new InvalidValueException("amount", FieldRule.BALANCE_BELOW_ZERO, "balance", amount.amount());
        }
        return new BalanceMovement(MovementType.ADJUSTMENT, change, credited(change, "amount"), at, null, why);
    }

    /** The balance once {@code movement} is recorded. */
    public Balance after(BalanceMovement movement) {
        if (!movement.balanceBefore().equals(amount)) {
            throw new IllegalArgumentException("The movement does not follow this balance");
        }
        return new Balance(movement.balanceAfter());
    }

    private Money credited(Money change, String field) {
        Money after = amount.plus(change);
        if (after.isGreaterThan(MAX)) {
            throw new InvalidValueException(field, FieldRule.BALANCE_ABOVE_MAX, "max", MAX.amount());
        }
        return after;
    }
}

package turgus.domain.ledger;

import java.util.List;
import java.util.Objects;
import turgus.domain.shared.Money;

/**
 * A customer's balance movements, oldest first. It is consistent when each movement's {@code
 * balanceAfter} is the sum of all amounts up to it; the stored balance must then equal the sum.
 */
public record Ledger(List<BalanceMovement> movements) {
    public Ledger {
        movements = List.copyOf(movements);
    }

    public static Ledger of(List<BalanceMovement> movements) {
        return new Ledger(movements);
    }

    /** Whether {@code balance} equals the sum of {@code movements} and every step of the way adds up. */
    public static boolean balanceEqualsSum(Money balance, List<BalanceMovement> movements) {
        return of(movements).agreesWith(balance);
    }

    /** The sum of all amounts: what the balance must be. */
    public Money sum() {
        return movements.stream().map(BalanceMovement::amount).reduce(Money.ZERO, Money::plus);
    }

    /** Whether each movement's balance after is the running sum up to it. */
    public boolean isConsistent() {
        Money running = Money.ZERO;
        for (BalanceMovement movement : movements) {
            running = running.plus(movement.amount());
            if (!running.equals(movement.balanceAfter())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the ledger is consistent and {@code balance} equals its sum. */
    public boolean agreesWith(Money balance) {
        Objects.requireNonNull(balance, "balance");
        return isConsistent() && sum().equals(balance);
    }
}

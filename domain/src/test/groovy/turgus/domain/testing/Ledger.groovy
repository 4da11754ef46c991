package turgus.domain.testing

import groovy.transform.CompileStatic
import turgus.domain.ledger.BalanceMovement
import turgus.domain.shared.Money

/**
 * The bank invariant the specs check after money moved: a customer's balance movements, oldest
 * first, are consistent when each movement's {@code balanceAfter} is the sum of all amounts up to
 * it, and the stored balance must then equal the sum.
 */
@CompileStatic
final class Ledger {
    final List<BalanceMovement> movements

    private Ledger(List<BalanceMovement> movements) {
        this.movements = List.copyOf(movements)
    }

    static Ledger of(List<BalanceMovement> movements) {
        new Ledger(movements)
    }

    /** Whether {@code balance} equals the sum of {@code movements} and every step of the way adds up. */
    static boolean balanceEqualsSum(Money balance, List<BalanceMovement> movements) {
        of(movements).agreesWith(balance)
    }

    /** The sum of all amounts: what the balance must be. */
    Money sum() {
        Money total = Money.ZERO
        for (BalanceMovement movement : movements) {
            total = total.plus(movement.amount())
        }
        total
    }

    /** Whether each movement's balance after is the running sum up to it. */
    boolean isConsistent() {
        Money running = Money.ZERO
        for (BalanceMovement movement : movements) {
            running = running.plus(movement.amount())
            if (!running.equals(movement.balanceAfter())) {
                return false
            }
        }
        true
    }

    /** Whether the ledger is consistent and {@code balance} equals its sum. */
    boolean agreesWith(Money balance) {
        Objects.requireNonNull(balance, 'balance')
        isConsistent() && sum().equals(balance)
    }
}

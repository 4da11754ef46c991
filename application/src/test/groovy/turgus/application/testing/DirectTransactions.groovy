package turgus.application.testing

import java.util.function.Supplier
import turgus.application.shared.Transactions

/**
 * Runs the work at once, counts how often a unit of work was asked for, and knows how many are open
 * right now (for "this happens inside the unit of work").
 */
class DirectTransactions implements Transactions {
    int started
    int open

    @Override
    def <T> T inTransaction(Supplier<T> work) {
        started++
        open++
        try {
            work.get()
        } finally {
            open--
        }
    }
}

package turgus.application.testing

import java.util.function.Supplier
import turgus.application.shared.Transactions

/** Runs the work at once and counts how often a unit of work was asked for. */
class DirectTransactions implements Transactions {
    int started

    @Override
    def <T> T inTransaction(Supplier<T> work) {
        started++
        work.get()
    }
}

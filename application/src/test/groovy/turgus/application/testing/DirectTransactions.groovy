package turgus.application.testing

import java.util.function.Supplier
import turgus.application.shared.Transactions

/**
 * Runs the work at once, counts how often a unit of work was asked for, and knows how many are open
 * right now (for "this happens inside the unit of work"). When the outermost work fails, the fakes
 * it was given are put back as they were before it, as a rollback would; nested work joins the
 * outer one. Unlike a database it isolates nothing: other threads see the work's changes at once.
 */
class DirectTransactions implements Transactions {
    private final List<RollsBack> participants
    int started
    int open

    DirectTransactions(RollsBack... participants) {
        this.participants = List.of(participants)
    }

    @Override
    def <T> T inTransaction(Supplier<T> work) {
        List<Runnable> rollback = open == 0 ? participants*.checkpoint() : []
        started++
        open++
        try {
            work.get()
        } catch (Throwable failure) {
            rollback.each { it.run() }
            throw failure
        } finally {
            open--
        }
    }
}

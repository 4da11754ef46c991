package turgus.application.testing

/**
 * A fake whose state a {@link DirectTransactions} unit of work puts back when the work fails, as the
 * database's rollback does.
 */
interface RollsBack {
    /** Remembers the state now; the answer puts it back. */
    Runnable checkpoint()
}

package turgus.application.shared;

import java.util.function.Supplier;

/**
 * The unit of work. Every use case that writes more than one row runs its work inside
 * {@link #inTransaction}; the persistence adapter implements it with the database's transaction,
 * so that everything inside commits together or not at all.
 */
public interface Transactions {
    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}

package turgus.persistence.shared;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Objects;
import java.util.function.Supplier;
import turgus.application.shared.Transactions;

/**
 * The unit of work as a database transaction on the default data source, and the one way adapters
 * of this module open a transaction. Repositories called inside {@link #inTransaction} run on its
 * connection; a nested call joins the outer transaction, and any exception rolls the whole unit back.
 * {@link #inNewTransaction} is for the few statements that may fail on purpose (an insert that loses
 * a race on a unique key): on PostgreSQL a failed statement spoils the transaction it runs in, so they
 * run in one of their own.
 */
@Singleton
public final class JdbcTransactions implements Transactions {
    private static final TransactionDefinition NEW =
            TransactionDefinition.of(TransactionDefinition.Propagation.REQUIRES_NEW);

    private final TransactionOperations<Connection> operations;

    public JdbcTransactions(TransactionOperations<Connection> operations) {
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return operations.executeWrite(status -> work.get());
    }

    /**
     * Runs {@code work} in a transaction of its own, suspending the caller's if there is one: it
     * commits (or rolls back) before this method returns, whatever the caller does later.
     */
    public <T> T inNewTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return operations.execute(NEW, status -> work.get());
    }
}

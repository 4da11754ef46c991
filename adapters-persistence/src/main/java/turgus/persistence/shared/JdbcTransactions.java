package turgus.persistence.shared;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
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

    /**
     * A read of many tables that must see one moment: read-only, and serializable, which both
     * databases give as a snapshot taken at the first read (PostgreSQL's serializable read-only
     * transaction; H2's MVCC serializable level).
     */
    private static final TransactionDefinition SNAPSHOT = new TransactionDefinition() {
        @Override
        public Propagation getPropagationBehavior() {
            return Propagation.REQUIRES_NEW;
        }

        @Override
        public Optional<Isolation> getIsolationLevel() {
            return Optional.of(Isolation.SERIALIZABLE);
        }

        @Override
        public Optional<Boolean> isReadOnly() {
            return Optional.of(true);
        }

        @Override
        public String getName() {
            return "snapshot";
        }
    };

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
     * Runs {@code work} on the connection of the current unit of work (opening one when there is
     * none), for the statements no repository can declare because the tables are only known at run
     * time (a backup's restore).
     */
    public <T> T onConnection(Function<Connection, T> work) {
        Objects.requireNonNull(work, "work");
        return operations.executeWrite(status -> work.apply(status.getConnection()));
    }

    /**
     * Runs {@code work} on the connection of a new read-only transaction that sees one consistent
     * snapshot of the whole database, however long it reads (a backup).
     */
    public <T> T inReadOnlySnapshot(Function<Connection, T> work) {
        Objects.requireNonNull(work, "work");
        return operations.execute(SNAPSHOT, status -> work.apply(status.getConnection()));
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

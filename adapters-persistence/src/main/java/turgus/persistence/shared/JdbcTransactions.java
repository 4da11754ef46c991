package turgus.persistence.shared;

import io.micronaut.transaction.TransactionDefinition;
import io.micronaut.transaction.TransactionDefinition.Isolation;
import io.micronaut.transaction.TransactionDefinition.Propagation;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
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
     * A read of many tables that must see one moment: read-only, at the level where each database
     * gives one snapshot taken at the first read. PostgreSQL's repeatable read is that snapshot (and a
     * read-only transaction there never fails to serialize); H2's repeatable read lets rows committed
     * meanwhile appear in tables not read yet, so H2 reads serializable, which is its snapshot.
     */
    private static TransactionDefinition snapshot(Isolation isolation) {
        return new TransactionDefinition() {
            @Override
            public Propagation getPropagationBehavior() {
                return Propagation.REQUIRES_NEW;
            }

            @Override
            public Optional<Isolation> getIsolationLevel() {
                return Optional.of(isolation);
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
    }

    private volatile TransactionDefinition snapshot;

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
        return operations.execute(snapshotDefinition(), status -> work.apply(status.getConnection()));
    }

    private TransactionDefinition snapshotDefinition() {
        TransactionDefinition known = snapshot;
        if (known == null) {
            boolean postgreSql = operations.executeRead(status -> {
                try {
                    return status.getConnection()
                            .getMetaData()
                            .getDatabaseProductName()
                            .toLowerCase(Locale.ROOT)
                            .contains("postgres");
                } catch (SQLException unknown) {
                    throw new IllegalStateException("The database could not be identified", unknown);
                }
            });
            known = snapshot(postgreSql ? Isolation.REPEATABLE_READ : Isolation.SERIALIZABLE);
            snapshot = known;
        }
        return known;
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

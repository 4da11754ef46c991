package turgus.persistence.shared;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.Objects;
import java.util.function.Supplier;
import turgus.application.shared.Transactions;

/**
 * The unit of work as a database transaction on the default data source. Repositories called inside
 * {@link #inTransaction} run on its connection; a nested call joins the outer transaction, and any
 * exception rolls the whole unit back.
 */
@Singleton
public final class JdbcTransactions implements Transactions {
    private final TransactionOperations<Connection> operations;

    public JdbcTransactions(TransactionOperations<Connection> operations) {
        this.operations = Objects.requireNonNull(operations, "operations");
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        Objects.requireNonNull(work, "work");
        return operations.executeWrite(status -> work.get());
    }
}

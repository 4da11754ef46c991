package turgus.persistence.security;

import jakarta.inject.Singleton;
import java.util.Objects;
import java.util.function.Supplier;
import turgus.application.security.port.out.SecretStore;
import turgus.persistence.shared.JdbcTransactions;
import turgus.persistence.shared.SqlErrors;

/**
 * Shared secrets in {@code app_secrets}. Instances that start together may all find no secret and
 * all try to store one: the primary key lets exactly one insert win, and every loser reads the
 * winner's value instead of its own.
 */
@Singleton
public final class JdbcSecretStore implements SecretStore {
    private final SecretRowRepository rows;
    private final JdbcTransactions transactions;

    JdbcSecretStore(SecretRowRepository rows, JdbcTransactions transactions) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public String getOrCreate(String name, Supplier<String> generator) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(generator, "generator");
        return rows.findById(name).map(SecretRow::secretValue).orElseGet(() -> create(name, generator));
    }

    private String create(String name, Supplier<String> generator) {
        String value = generator.get();
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("The generator for secret " + name + " answered nothing");
        }
        try {
            // In its own transaction: on PostgreSQL a failed statement would spoil a surrounding one.
            transactions.inNewTransaction(() -> rows.save(new SecretRow(name, value)));
            return value;
        } catch (RuntimeException failure) {
            if (!SqlErrors.isUniqueViolation(failure)) {
                throw failure;
            }
            return rows.findById(name)
                    .map(SecretRow::secretValue)
                    .orElseThrow(() -> new IllegalStateException(
                            "Secret " + name + " was stored by another instance but cannot be read", failure));
        }
    }
}

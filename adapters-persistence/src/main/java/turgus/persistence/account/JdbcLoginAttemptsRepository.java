package turgus.persistence.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.out.LoginAttemptsRepository;
import turgus.application.account.port.out.LoginKey;
import turgus.domain.account.UserId;
import turgus.domain.account.lockout.LockoutPolicy;
import turgus.domain.account.lockout.LoginAttempts;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.JdbcTransactions;
import turgus.persistence.shared.SqlErrors;

/**
 * Failed logins in {@code login_attempts}. A failure is counted under a row lock: the row is
 * created first if it is missing (racing creators all succeed: the primary key lets one insert win
 * and the others go on with the winner's row), then read {@code FOR UPDATE}, advanced by the domain's
 * {@link LoginAttempts#afterFailure} and written back in the same transaction. Parallel failures
 * therefore queue on the row, and each one sees every failure before it.
 */
@Singleton
public final class JdbcLoginAttemptsRepository implements LoginAttemptsRepository {
    static final int RECORD_TRIES = 3;

    private final LoginAttemptRowRepository rows;
    private final JdbcTransactions transactions;

    JdbcLoginAttemptsRepository(LoginAttemptRowRepository rows, JdbcTransactions transactions) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public LoginAttempts find(LoginKey key) {
        return rows.findById(key.value())
                .map(JdbcLoginAttemptsRepository::toAttempts)
                .orElse(LoginAttempts.NONE);
    }

    @Override
    public LoginAttempts recordFailure(LoginKey key, Instant now, LockoutPolicy policy) {
        Objects.requireNonNull(policy, "policy");
        Instant at = DatabaseTime.of(Objects.requireNonNull(now, "now"));
        for (int attempt = 1; ; attempt++) {
            ensureRow(key, at);
            Optional<LoginAttempts> counted = transactions.inTransaction(() -> rows.findForUpdate(key.value())
                    .map(row -> {
                        LoginAttempts after = toAttempts(row).afterFailure(at, policy);
                        rows.updateAttempts(
                                key.value(), after.consecutiveFailures(), DatabaseTime.of(after.lockedUntil()), at);
                        return after;
                    }));
            if (counted.isPresent()) {
                return counted.get();
            }
            // The row was forgotten between its creation and the lock: create it again.
            if (attempt >= RECORD_TRIES) {
                throw new IllegalStateException("The attempts of " + key.value() + " keep vanishing");
            }
        }
    }

    @Override
    public int forgetStaleNames(Instant before, Instant now) {
        return rows.deleteStaleNames(DatabaseTime.of(before), DatabaseTime.of(now));
    }

    @Override
    public void clear(LoginKey key) {
        rows.clear(key.value());
    }

    /**
     * Creates the key's row with no failure unless it exists. In a transaction of its own, so that
     * a duplicate (another caller won the race) spoils nothing on PostgreSQL.
     */
    private void ensureRow(LoginKey key, Instant at) {
        if (rows.existsById(key.value())) {
            return;
        }
        try {
            transactions.inNewTransaction(() -> rows.save(new LoginAttemptRow(
                    key.value(), key.account().map(UserId::value).orElse(null), 0, null, at)));
        } catch (RuntimeException failure) {
            if (!SqlErrors.isUniqueViolation(failure)) {
                throw failure;
            }
        }
    }

    private static LoginAttempts toAttempts(LoginAttemptRow row) {
        return new LoginAttempts(row.consecutiveFailures(), row.lockedUntil());
    }
}

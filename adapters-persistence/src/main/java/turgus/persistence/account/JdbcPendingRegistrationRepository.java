package turgus.persistence.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.out.PendingRegistrationRepository;
import turgus.domain.account.Email;
import turgus.domain.account.FullName;
import turgus.domain.account.PhoneNumber;
import turgus.domain.account.registration.PendingRegistration;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.JdbcTransactions;
import turgus.persistence.shared.SqlErrors;

/**
 * Pending registrations in {@code pending_registrations}. Saving overwrites the email's row if there
 * is one (an update, which locks it) and else inserts one; registrations racing to insert for the same
 * new email collide on the primary key, and each loser goes back to overwriting the winner's row, as
 * a later registration should.
 */
@Singleton
public final class JdbcPendingRegistrationRepository implements PendingRegistrationRepository {
    static final int SAVE_TRIES = 5;

    private final PendingRegistrationRowRepository rows;
    private final JdbcTransactions transactions;

    JdbcPendingRegistrationRepository(PendingRegistrationRowRepository rows, JdbcTransactions transactions) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public void save(PendingRegistration registration) {
        PendingRegistrationRow row = toRow(registration);
        for (int attempt = 1; ; attempt++) {
            if (rows.replace(
                            row.email(),
                            row.phone(),
                            row.fullName(),
                            row.passwordHash(),
                            row.codeHash(),
                            row.createdAt(),
                            row.expiresAt(),
                            row.wrongAttempts())
                    == 1) {
                return;
            }
            try {
                // In a transaction of its own: on PostgreSQL a duplicate would spoil a surrounding one.
                transactions.inNewTransaction(() -> rows.save(row));
                return;
            } catch (RuntimeException failure) {
                if (attempt >= SAVE_TRIES || !SqlErrors.isUniqueViolation(failure)) {
                    throw failure;
                }
            }
        }
    }

    @Override
    public Optional<PendingRegistration> find(Email email) {
        return rows.findById(email.value()).map(JdbcPendingRegistrationRepository::toRegistration);
    }

    @Override
    public boolean recordWrongCode(Email email, String codeHash) {
        return rows.countWrongCode(email.value(), codeHash, PendingRegistration.MAX_WRONG_CODES) == 1;
    }

    @Override
    public boolean claim(Email email, String codeHash, Instant now) {
        return rows.claim(email.value(), codeHash, PendingRegistration.MAX_WRONG_CODES, DatabaseTime.of(now)) == 1;
    }

    @Override
    public void delete(Email email, String codeHash) {
        rows.deleteHolding(email.value(), codeHash);
    }

    @Override
    public int deleteExpired(Instant now) {
        return rows.deleteExpired(DatabaseTime.of(now), PendingRegistration.MAX_WRONG_CODES);
    }

    private static PendingRegistrationRow toRow(PendingRegistration registration) {
        return new PendingRegistrationRow(
                registration.email().value(),
                registration.phone().value(),
                registration.fullName().value(),
                registration.passwordHash(),
                registration.codeHash(),
                DatabaseTime.of(registration.createdAt()),
                DatabaseTime.of(registration.expiresAt()),
                registration.wrongAttempts());
    }

    private static PendingRegistration toRegistration(PendingRegistrationRow row) {
        return new PendingRegistration(
                Email.of(row.email()),
                new PhoneNumber(row.phone()),
                new FullName(row.fullName()),
                row.passwordHash(),
                row.codeHash(),
                row.createdAt(),
                row.expiresAt(),
                row.wrongAttempts());
    }
}

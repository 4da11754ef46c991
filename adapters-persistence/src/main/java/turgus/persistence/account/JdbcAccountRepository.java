package turgus.persistence.account;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.shared.ConflictException;
import turgus.application.shared.DuplicateValueException;
import turgus.domain.account.Account;
import turgus.domain.account.Email;
import turgus.domain.account.FullName;
import turgus.domain.account.PhoneNumber;
import turgus.domain.account.Role;
import turgus.domain.account.UserId;
import turgus.persistence.shared.DatabaseTime;
import turgus.persistence.shared.JdbcTransactions;
import turgus.persistence.shared.SqlErrors;

/**
 * Accounts in {@code users} and {@code user_roles}. The unique constraints on email and phone are
 * the last word on "already taken", also when two registrations race: a duplicate surfaces as a
 * {@link DuplicateValueException} (a {@link ConflictException}) naming the field that was taken.
 */
@Singleton
public final class JdbcAccountRepository implements AccountRepository {
    static final String EMAIL_CONSTRAINT = "uq_users_email";
    static final String PHONE_CONSTRAINT = "uq_users_phone";

    private final UserRowRepository rows;
    private final JdbcTransactions transactions;

    JdbcAccountRepository(UserRowRepository rows, JdbcTransactions transactions) {
        this.rows = Objects.requireNonNull(rows, "rows");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public Account add(Account account) {
        if (account.optionalId().isPresent()) {
            throw new IllegalArgumentException("A new account has no id yet: " + account.id());
        }
        try {
            return transactions.inTransaction(() -> {
                UserRow saved = rows.save(AccountMapper.toRow(account));
                account.roles().stream().sorted().forEach(role -> rows.addRole(saved.id(), role.name()));
                return AccountMapper.toAccount(saved, rows.findRoles(saved.id()));
            });
        } catch (RuntimeException failure) {
            throw conflictOr(failure);
        }
    }

    @Override
    public Optional<Account> findById(UserId id) {
        return rows.findById(id.value()).map(this::withRoles);
    }

    @Override
    public Optional<Account> findByEmail(Email email) {
        return rows.findByEmail(email.value()).map(this::withRoles);
    }

    @Override
    public Optional<Account> findByPhone(PhoneNumber phone) {
        return rows.findByPhone(phone.value()).map(this::withRoles);
    }

    @Override
    public boolean anyAdmin() {
        return rows.countWithRole(Role.ADMIN.name()) > 0;
    }

    @Override
    public void recordLogin(UserId id, Instant at) {
        rows.updateLastLogin(id.value(), DatabaseTime.of(at));
    }

    @Override
    public boolean changePassword(UserId id, String passwordHash) {
        Objects.requireNonNull(passwordHash, "passwordHash");
        return rows.updatePasswordHash(id.value(), passwordHash) == 1;
    }

    @Override
    public Optional<Account> updateProfile(UserId id, FullName fullName, Email email, PhoneNumber phone) {
        int updated;
        try {
            updated = rows.updateProfile(id.value(), fullName.value(), email.value(), phone.value());
        } catch (RuntimeException failure) {
            throw conflictOr(failure);
        }
        return updated == 1 ? findById(id) : Optional.empty();
    }

    private Account withRoles(UserRow row) {
        return AccountMapper.toAccount(row, rows.findRoles(row.id()));
    }

    private static RuntimeException conflictOr(RuntimeException failure) {
        if (SqlErrors.isUniqueViolation(failure, EMAIL_CONSTRAINT)) {
            return DuplicateValueException.email();
        }
        if (SqlErrors.isUniqueViolation(failure, PHONE_CONSTRAINT)) {
            return DuplicateValueException.phone();
        }
        return failure;
    }
}

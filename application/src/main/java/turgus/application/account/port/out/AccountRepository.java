package turgus.application.account.port.out;

import java.time.Instant;
import java.util.Optional;
import turgus.domain.account.Account;
import turgus.domain.account.Email;
import turgus.domain.account.FullName;
import turgus.domain.account.PhoneNumber;
import turgus.domain.account.UserId;

/** Where accounts are kept; email and phone are each unique. */
public interface AccountRepository {
    /** Stores a new account and answers it with its id. */
    Account add(Account account);

    Optional<Account> findById(UserId id);

    Optional<Account> findByEmail(Email email);

    Optional<Account> findByPhone(PhoneNumber phone);

    boolean anyAdmin();

    void recordLogin(UserId id, Instant at);

    /**
     * Replaces the account's password hash.
     *
     * @return false when there is no such account
     */
    boolean changePassword(UserId id, String passwordHash);

    /**
     * Replaces the account's name, email and phone, and answers the account as stored; empty when
     * there is no such account.
     *
     * @throws turgus.application.shared.DuplicateValueException when another account has the email or
     *     phone
     */
    Optional<Account> updateProfile(UserId id, FullName fullName, Email email, PhoneNumber phone);
}

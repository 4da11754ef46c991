package turgus.application.testing

import java.time.Instant
import turgus.application.account.port.out.AccountRepository
import turgus.application.shared.DuplicateValueException
import turgus.domain.account.Account
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.UserId
import turgus.domain.testing.Stored

/** An AccountRepository in a map, for specs of the use cases. */
class InMemoryAccountRepository implements AccountRepository, RollsBack {
    final Map<UserId, Account> accounts = [:]

    /** Thrown by the next add, as the database's unique constraints would. */
    RuntimeException failNextAdd

    @Override
    synchronized Account add(Account account) {
        if (failNextAdd != null) {
            def failure = failNextAdd
            failNextAdd = null
            throw failure
        }
        if (account.optionalId().isPresent()) {
            throw new IllegalArgumentException("A new account has no id yet: ${account.id()}")
        }
        // As the unique constraints of the table.
        if (accounts.values().any { it.email() == account.email() }) {
            throw DuplicateValueException.email()
        }
        if (accounts.values().any { it.phone() == account.phone() }) {
            throw DuplicateValueException.phone()
        }
        def stored = Stored.withId(account, UserId.of(accounts.size() + 1))
        accounts[stored.id()] = stored
        stored
    }

    @Override
    Optional<Account> findById(UserId id) {
        Optional.ofNullable(accounts[id])
    }

    @Override
    Optional<Account> findByEmail(Email email) {
        Optional.ofNullable(accounts.values().find { it.email() == email })
    }

    @Override
    Optional<Account> findByPhone(PhoneNumber phone) {
        Optional.ofNullable(accounts.values().find { it.phone() == phone })
    }

    @Override
    boolean anyAdmin() {
        accounts.values().any { it.isAdmin() }
    }

    @Override
    synchronized void recordLogin(UserId id, Instant at) {
        def account = accounts[id]
        if (account != null) {
            accounts[id] = new Account(id, account.fullName(), account.email(), account.phone(), account.passwordHash(),
                    account.roles(), account.status(), account.pictureName(), account.createdAt(), at)
        }
    }

    @Override
    synchronized Optional<Account> updateProfile(UserId id, FullName fullName, Email email, PhoneNumber phone) {
        def account = accounts[id]
        if (account == null) {
            return Optional.empty()
        }
        if (accounts.values().any { it.id() != id && it.email() == email }) {
            throw DuplicateValueException.email()
        }
        if (accounts.values().any { it.id() != id && it.phone() == phone }) {
            throw DuplicateValueException.phone()
        }
        accounts[id] = new Account(id, fullName, email, phone, account.passwordHash(), account.roles(), account.status(),
                account.pictureName(), account.createdAt(), account.lastLoginAt())
        Optional.of(accounts[id])
    }

    @Override
    synchronized boolean changePassword(UserId id, String passwordHash) {
        def account = accounts[id]
        if (account == null) {
            return false
        }
        accounts[id] = new Account(id, account.fullName(), account.email(), account.phone(), passwordHash,
                account.roles(), account.status(), account.pictureName(), account.createdAt(), account.lastLoginAt())
        true
    }

    @Override
    synchronized Runnable checkpoint() {
        Map<UserId, Account> saved = new LinkedHashMap<>(accounts)
        return {
            synchronized (this) {
                accounts.clear()
                accounts.putAll(saved)
            }
        }
    }
}

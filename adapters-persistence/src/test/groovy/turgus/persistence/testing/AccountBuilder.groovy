package turgus.persistence.testing

import groovy.transform.CompileStatic
import turgus.domain.account.Account
import turgus.domain.account.AccountStatus
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.UserId

import java.time.Instant
import java.util.concurrent.atomic.AtomicInteger

/**
 * Accounts for tests. Each built account has its own email and phone number unless a test sets
 * them, so that accounts never collide by accident.
 *
 * <pre>
 * Account admin = anAccount().withEmail('boss@example.com').asAdmin().build()
 * </pre>
 */
@CompileStatic
final class AccountBuilder {
    public static final Instant OPENED_AT = Instant.parse('2026-11-21T09:00:00Z')
    /** A bcrypt-shaped placeholder; persistence never checks it. */
    public static final String PASSWORD_HASH = '$2a$10$7EqJtq98hPqEX7fNZaFWoOhi5BWX4Z3ZdfTDVGvNBuvhqKXbW5b7W'

    private static final AtomicInteger SEQUENCE = new AtomicInteger()

    private Long id
    private String fullName = 'Alma Customer'
    private String email
    private String phone
    private String passwordHash = PASSWORD_HASH
    private Set<Role> roles = EnumSet.of(Role.CUSTOMER)
    private AccountStatus status = AccountStatus.ACTIVE
    private String pictureName
    private Instant createdAt = OPENED_AT
    private Instant lastLoginAt

    private AccountBuilder() {
        int n = SEQUENCE.incrementAndGet()
        email = "customer${n}@example.com"
        phone = '+79' + String.format('%09d', n)
    }

    static AccountBuilder anAccount() {
        new AccountBuilder()
    }

    AccountBuilder withId(long value) {
        id = value
        this
    }

    AccountBuilder named(String value) {
        fullName = value
        this
    }

    AccountBuilder withEmail(String value) {
        email = value
        this
    }

    AccountBuilder withPhone(String value) {
        phone = value
        this
    }

    AccountBuilder withPasswordHash(String value) {
        passwordHash = value
        this
    }

    AccountBuilder withRoles(Role... values) {
        roles = EnumSet.copyOf(values as List<Role>)
        this
    }

    AccountBuilder asAdmin() {
        withRoles(Role.ADMIN, Role.CUSTOMER)
    }

    AccountBuilder withStatus(AccountStatus value) {
        status = value
        this
    }

    AccountBuilder withPicture(String value) {
        pictureName = value
        this
    }

    AccountBuilder openedAt(Instant value) {
        createdAt = value
        this
    }

    AccountBuilder lastLoggedInAt(Instant value) {
        lastLoginAt = value
        this
    }

    Account build() {
        new Account(
                id == null ? null : UserId.of(id),
                new FullName(fullName),
                Email.of(email),
                new PhoneNumber(phone),
                passwordHash,
                roles,
                status,
                pictureName,
                createdAt,
                lastLoginAt)
    }
}

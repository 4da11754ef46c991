package turgus.application.account;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import turgus.application.account.port.in.BootstrapAdminUseCase;
import turgus.application.account.port.out.AccountRepository;
import turgus.application.account.port.out.PasswordHasher;
import turgus.application.security.port.out.RandomSecrets;
import turgus.application.shared.DuplicateValueException;
import turgus.domain.account.Account;
import turgus.domain.account.Email;
import turgus.domain.account.FullName;
import turgus.domain.account.PhoneNumber;
import turgus.domain.account.Role;

/**
 * Creates the first admin when the shop has none. Instances that start together on an empty
 * database may all find no admin and all try to add one: the unique email lets one win, and the
 * others, refused, find the winner's admin and go on starting instead of failing.
 */
@Singleton
public final class AdminBootstrapService implements BootstrapAdminUseCase {
    static final String DEFAULT_EMAIL = "admin@turgus.local";
    /** A reserved number that no real customer can have: the first admin's placeholder phone. */
    static final String ADMIN_PHONE = "+70000000000";

    private final AccountRepository accounts;
    private final PasswordHasher hasher;
    private final RandomSecrets random;
    private final Clock clock;

    public AdminBootstrapService(AccountRepository accounts, PasswordHasher hasher, RandomSecrets random, Clock clock) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.hasher = Objects.requireNonNull(hasher, "hasher");
        this.random = Objects.requireNonNull(random, "random");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public AdminBootstrap ensureAdmin(Optional<String> email, Optional<String> password) {
        Email adminEmail = Email.of(email.filter(e -> !e.isBlank()).orElse(DEFAULT_EMAIL));
        if (accounts.anyAdmin()) {
            return new AdminBootstrap(false, adminEmail.value(), Optional.empty());
        }
        Optional<String> given = password.filter(p -> !p.isBlank());
        String adminPassword = given.orElseGet(random::password);
        try {
            accounts.add(Account.open(
                    new FullName("Administrator"),
                    adminEmail,
                    new PhoneNumber(ADMIN_PHONE),
                    hasher.hash(adminPassword),
                    EnumSet.of(Role.ADMIN, Role.CUSTOMER),
                    clock.instant()));
        } catch (DuplicateValueException taken) {
            if (accounts.anyAdmin()) {
                return new AdminBootstrap(false, adminEmail.value(), Optional.empty());
            }
            throw taken;
        }
        return new AdminBootstrap(
                true, adminEmail.value(), given.isPresent() ? Optional.empty() : Optional.of(adminPassword));
    }
}

package turgus.domain.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A person's account. The password hash is opaque here: hashing lives behind a port, and the
 * domain only knows whether an account has one.
 */
public record Account(
        UserId id,
        FullName fullName,
        Email email,
        PhoneNumber phone,
        String passwordHash,
        Set<Role> roles,
        AccountStatus status,
        String pictureName,
        Instant createdAt,
        Instant lastLoginAt) {

    public Account {
        Objects.requireNonNull(fullName, "fullName");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(phone, "phone");
        Objects.requireNonNull(passwordHash, "passwordHash");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("An account has at least one role");
        }
        roles = Set.copyOf(EnumSet.copyOf(roles));
    }

    /** A new account, not yet stored. */
    public static Account open(
            FullName fullName, Email email, PhoneNumber phone, String passwordHash, Set<Role> roles, Instant now) {
        return new Account(null, fullName, email, phone, passwordHash, roles, AccountStatus.ACTIVE, null, now, null);
    }

    public boolean isAdmin() {
        return roles.contains(Role.ADMIN);
    }

    public boolean maySignIn() {
        return status == AccountStatus.ACTIVE;
    }

    public Optional<UserId> optionalId() {
        return Optional.ofNullable(id);
    }
}

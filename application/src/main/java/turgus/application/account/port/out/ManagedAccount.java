package turgus.application.account.port.out;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import turgus.domain.account.AccountStatus;
import turgus.domain.account.Block;
import turgus.domain.account.Role;
import turgus.domain.account.UserId;

/**
 * An account as an admin's change reads it, under a row lock: what the guards and the event need.
 *
 * @param block the block while the status is {@code BLOCKED}; null otherwise
 * @param pictureName the stored picture, or null
 */
public record ManagedAccount(
        UserId id,
        String fullName,
        String email,
        Set<Role> roles,
        AccountStatus status,
        Block block,
        String pictureName) {
    public ManagedAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(status, "status");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}

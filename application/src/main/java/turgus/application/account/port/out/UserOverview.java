package turgus.application.account.port.out;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import turgus.domain.account.AccountStatus;
import turgus.domain.account.Block;
import turgus.domain.account.Role;
import turgus.domain.account.UserId;
import turgus.domain.shared.Money;

/**
 * One account as the admins' user list shows it, with the figures the database adds up for it.
 *
 * @param block the block in force while the status is {@code BLOCKED}; null otherwise
 * @param lockedUntil the end of a lockout after failed logins that is in force now; null otherwise
 * @param completedOrders paid orders that were not refunded
 * @param totalSpent what those orders came to
 */
public record UserOverview(
        UserId id,
        String fullName,
        String email,
        String phone,
        Set<Role> roles,
        AccountStatus status,
        Block block,
        Instant lockedUntil,
        Money balance,
        long completedOrders,
        Money totalSpent,
        Instant lastLoginAt,
        Instant createdAt) {
    public UserOverview {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(balance, "balance");
        Objects.requireNonNull(totalSpent, "totalSpent");
        Objects.requireNonNull(createdAt, "createdAt");
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }
}

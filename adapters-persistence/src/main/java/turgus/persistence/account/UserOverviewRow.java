package turgus.persistence.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.time.Instant;

/** One line of the admins' user list, with the figures the query adds up (a projection). */
@Introspected
record UserOverviewRow(
        long id,
        String fullName,
        String email,
        String phone,
        String status,
        @Nullable Instant blockedUntil,
        @Nullable String blockReason,
        @Nullable String blockCategory,
        Instant createdAt,
        @Nullable Instant lastLoginAt,
        @Nullable Instant lockedUntil,
        BigDecimal balance,
        long completedOrders,
        BigDecimal totalSpent) {}

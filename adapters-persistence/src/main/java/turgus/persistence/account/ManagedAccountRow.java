package turgus.persistence.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** An account as an admin's change reads it under its row lock (a projection of {@code users}). */
@Introspected
record ManagedAccountRow(
        long id,
        String fullName,
        String email,
        String status,
        @Nullable Instant blockedUntil,
        @Nullable String blockReason,
        @Nullable String blockCategory,
        @Nullable String pictureName) {}

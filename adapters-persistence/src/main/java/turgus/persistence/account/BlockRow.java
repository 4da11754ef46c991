package turgus.persistence.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** The block columns of a blocked account (a projection of {@code users}). */
@Introspected
record BlockRow(
        @Nullable Instant blockedUntil,
        @Nullable String blockReason,
        @Nullable String blockCategory) {}

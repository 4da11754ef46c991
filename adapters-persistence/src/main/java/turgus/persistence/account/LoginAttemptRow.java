package turgus.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code login_attempts}: the failed logins in a row of one login key. */
@MappedEntity("login_attempts")
record LoginAttemptRow(
        @Id String loginKey,
        @Nullable Long userId,
        int consecutiveFailures,
        @Nullable Instant lockedUntil,
        Instant updatedAt) {}

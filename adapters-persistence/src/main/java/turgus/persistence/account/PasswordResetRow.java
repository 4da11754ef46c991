package turgus.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code password_resets}: a reset link's token hash, whose it is, until when. */
@MappedEntity("password_resets")
record PasswordResetRow(
        @Id String tokenHash,
        long userId,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {}

package turgus.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One row of {@code single_use_tokens}: a link's token hash, what it is for, whose it is, until when,
 * and for an undo link the email it restores.
 */
@MappedEntity("single_use_tokens")
record SingleUseTokenRow(
        @Id String tokenHash,
        String purpose,
        long userId,
        @Nullable String previousEmail,
        Instant createdAt,
        Instant expiresAt,
        @Nullable Instant usedAt) {}

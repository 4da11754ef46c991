package turgus.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * One row of {@code auth_sessions}: a signed-in session, its current refresh token and the one it
 * replaced kept as hashes.
 */
@MappedEntity("auth_sessions")
record SessionRow(
        @Id String id,
        long userId,
        String refreshTokenHash,
        @Nullable String previousTokenHash,
        @Nullable String userAgent,
        @Nullable String ip,
        Instant createdAt,
        Instant lastUsedAt,
        @Nullable Instant revokedAt) {}

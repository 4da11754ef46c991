package turgus.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code auth_sessions}: a signed-in session, its refresh token kept as a hash. */
@MappedEntity("auth_sessions")
record SessionRow(
        @Id String id,
        long userId,
        String refreshTokenHash,
        @Nullable String userAgent,
        @Nullable String ip,
        Instant createdAt,
        Instant lastUsedAt,
        @Nullable Instant revokedAt) {}

package turgus.persistence.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code users}; the roles are rows of {@code user_roles}. */
@MappedEntity("users")
record UserRow(
        @Id @GeneratedValue @Nullable Long id,
        String fullName,
        String email,
        String phone,
        String passwordHash,
        String status,
        @Nullable String pictureName,
        Instant createdAt,
        @Nullable Instant lastLoginAt) {}

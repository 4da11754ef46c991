package turgus.persistence.account;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code pending_registrations}. */
@MappedEntity("pending_registrations")
record PendingRegistrationRow(
        @Id String email,
        String phone,
        String fullName,
        String passwordHash,
        String codeHash,
        Instant createdAt,
        Instant expiresAt,
        int wrongAttempts) {}

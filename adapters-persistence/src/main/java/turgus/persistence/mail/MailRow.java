package turgus.persistence.mail;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code mail_queue}: a mail waiting for delivery, sent, or given up. */
@MappedEntity("mail_queue")
record MailRow(
        @Id @GeneratedValue @Nullable Long id,
        String recipient,
        String subject,
        String textBody,
        Instant createdAt,
        int attempts,
        Instant nextAttemptAt,
        @Nullable Instant claimedUntil,
        @Nullable Instant sentAt,
        @Nullable Instant failedAt,
        @Nullable String lastError,
        boolean testMail) {}

package turgus.persistence.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/** One entry of {@code event_log} about an account (a projection). */
@Introspected
record UserEventRow(
        long id,
        Instant at,
        String type,
        @Nullable Long actorId,
        @Nullable Long subjectId,
        @Nullable String ip,
        String details) {}

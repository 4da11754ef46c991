package turgus.persistence.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code event_log}. */
@MappedEntity("event_log")
record EventLogRow(
        @Id @GeneratedValue @Nullable Long id,
        Instant at,
        String type,
        @Nullable Long actorId,
        @Nullable Long subjectId,
        @Nullable String ip,
        String details) {}

package turgus.persistence.schedule;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One row of {@code scheduled_runs}: a job's slot, claimed by one instance. */
@MappedEntity("scheduled_runs")
record ScheduledRunRow(@Id String runKey, String job, Instant slot, Instant claimedAt) {}

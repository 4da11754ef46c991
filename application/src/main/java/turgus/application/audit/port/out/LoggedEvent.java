package turgus.application.audit.port.out;

import java.time.Instant;

/**
 * An entry as the event log holds it. The type is the stored name, so that an entry stays readable
 * whatever the shop's list of types is today.
 */
public record LoggedEvent(long id, Instant at, String type, Long actorId, Long subjectId, String ip, String details) {}

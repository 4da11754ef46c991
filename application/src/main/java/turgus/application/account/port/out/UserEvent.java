package turgus.application.account.port.out;

import java.time.Instant;
import java.util.Objects;

/** One entry of the event log about an account, as its admin page lists it. */
public record UserEvent(long id, Instant at, String type, Long actorId, Long subjectId, String ip, String details) {
    public UserEvent {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(type, "type");
        details = details == null ? "" : details;
    }
}

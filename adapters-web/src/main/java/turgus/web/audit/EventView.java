package turgus.web.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import turgus.application.audit.port.out.LoggedEvent;

/** One entry of the event log, as the admins read it. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Event", description = "An entry of the event log")
public record EventView(
        long id,
        @Schema(description = "When it happened") Instant at,

        @Schema(description = "What happened: one of GET /api/admin/events/types")
        String type,

        @Schema(description = "Who did it, when known", nullable = true)
        Long actorId,

        @Schema(description = "Whose account it concerns, when there is one", nullable = true)
        Long subjectId,

        @Schema(description = "Where the request came from, when known", nullable = true)
        String ip,

        @Schema(
                description = "One line of key=value pairs; a value with spaces is quoted, control"
                        + " characters are escaped (\\n, \\u001b)")
        String details) {

    public static EventView of(LoggedEvent event) {
        return new EventView(
                event.id(), event.at(), event.type(), event.actorId(), event.subjectId(), event.ip(), event.details());
    }
}

package turgus.web.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import turgus.application.account.port.in.ListSessionsQuery.SessionSummary;

/** One signed-in device of the caller. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Session")
public record SessionView(
        String id,
        Instant createdAt,
        Instant lastUsedAt,
        @Nullable String userAgent,
        @Nullable String ip,

        @Schema(description = "Whether this is the session of the token asking")
        boolean current) {

    static SessionView of(SessionSummary session) {
        return new SessionView(
                session.id(),
                session.createdAt(),
                session.lastUsedAt(),
                session.userAgent(),
                session.ip(),
                session.current());
    }
}

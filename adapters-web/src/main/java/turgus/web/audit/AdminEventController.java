package turgus.web.audit;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import turgus.application.audit.port.in.BrowseEventsQuery;
import turgus.application.audit.port.out.EventFilter;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.InvalidValueException;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.PageView;
import turgus.web.platform.Paging;

/** The event log: security events, admin actions and unexpected errors, newest first. */
@Controller("/api/admin/events")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: event log")
@ErrorResponses.AdminOnly
public class AdminEventController {
    private final BrowseEventsQuery events;

    public AdminEventController(BrowseEventsQuery events) {
        this.events = events;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Search the event log",
            description = "Newest first. Every filter given narrows the list; from is inclusive, to exclusive.")
    @ApiResponse(responseCode = "200", description = "A page of events")
    @ErrorResponses.InvalidFields
    public PageView<EventView> listEvents(
            @RequestBean Paging paging,
            @Nullable @QueryValue("type") @Parameter(description = "One of GET /api/admin/events/types") String type,
            @Nullable @QueryValue("userId") @Parameter(description = "The account the event concerns (its subject)")
                    Long userId,
            @Nullable @QueryValue("actorId") @Parameter(description = "Who did it") Long actorId,
            @Nullable
                    @QueryValue("from")
                    @Parameter(
                            description = "From this moment on (inclusive), ISO-8601 with an offset",
                            schema = @Schema(type = "string", format = "date-time"))
                    String from,
            @Nullable
                    @QueryValue("to")
                    @Parameter(
                            description = "Before this moment (exclusive), ISO-8601 with an offset",
                            schema = @Schema(type = "string", format = "date-time"))
                    String to) {
        FieldValidation validation = new FieldValidation();
        Instant start = validation.checkIfPresent(from, text -> instant("from", text));
        Instant end = validation.checkIfPresent(to, text -> instant("to", text));
        validation.throwIfInvalid();
        EventFilter filter = EventFilter.of(type, userId, actorId, start, end);
        return PageView.of(events.browse(filter, paging.toRequest()), EventView::of);
    }

    @Get(uri = "/types", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The types of events", description = "Each a value of the list's type filter.")
    @ApiResponse(responseCode = "200", description = "The type names")
    public List<String> listEventTypes() {
        return events.types();
    }

    private static Instant instant(String field, String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notATime) {
            throw new InvalidValueException(field, FieldRule.NOT_A_DATE_TIME);
        }
    }
}

package turgus.web.mail;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.mail.port.in.SendTestMailUseCase;
import turgus.application.mail.port.in.ShowTestMailQuery;
import turgus.application.mail.port.in.TestMail;
import turgus.web.platform.ErrorResponses;
import turgus.web.security.CurrentUser;

/** Test mails: an admin checks the mail settings with a mail to any address, and follows it. */
@Controller("/api/admin/mail/test")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: mail")
@ErrorResponses.AdminOnly
public class AdminMailController {
    private final SendTestMailUseCase sending;
    private final ShowTestMailQuery showing;
    private final HttpClientAddressResolver addresses;

    public AdminMailController(
            SendTestMailUseCase sending, ShowTestMailQuery showing, HttpClientAddressResolver addresses) {
        this.sending = sending;
        this.showing = showing;
        this.addresses = addresses;
    }

    @Serdeable
    @Schema(name = "TestMailRequest")
    public record TestMailRequest(
            @Nullable
            @Schema(
                    description = "Where to send the test mail",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "admin@example.com")
            String to) {}

    @Serdeable
    @Schema(name = "TestMailQueued")
    public record TestMailQueued(
            @Schema(
                    description = "Follow the mail at GET /api/admin/mail/test/{id}",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            long id) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TestMail", description = "Where a test mail stands")
    public record TestMailView(
            long id,
            String to,

            @Schema(
                    description = "QUEUED: waiting for delivery; SENT: handed to the mail server (or written to"
                            + " the outbox); FAILED: the last attempt failed, error says why (the queue tries"
                            + " again on its usual schedule)")
            TestMail.Status status,

            @Schema(description = "Why the last attempt failed, in plain words; null unless FAILED", nullable = true)
            String error) {
        static TestMailView of(TestMail mail) {
            return new TestMailView(mail.id(), mail.to(), mail.status(), mail.error());
        }
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Send a test mail",
            description = "Queued through the normal mail path; delivered by the mail job within seconds.")
    @ApiResponse(
            responseCode = "202",
            description = "Queued",
            content = @Content(schema = @Schema(implementation = TestMailQueued.class)))
    @ErrorResponses.InvalidFields
    public HttpResponse<TestMailQueued> sendTestMail(
            @Body TestMailRequest request, Authentication authentication, HttpRequest<?> http) {
        long id = sending.sendTestMail(request.to(), CurrentUser.id(authentication), addresses.resolve(http));
        return HttpResponse.<TestMailQueued>status(HttpStatus.ACCEPTED).body(new TestMailQueued(id));
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Where a test mail stands")
    @ApiResponse(responseCode = "200", description = "The test mail")
    @ErrorResponses.NotFound
    @ErrorResponses.IdNotANumber
    public TestMailView showTestMail(@PathVariable long id) {
        return TestMailView.of(showing.testMail(id));
    }
}

package turgus.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.account.port.in.RevertEmailChangeCommand;
import turgus.application.account.port.in.RevertEmailChangeUseCase;
import turgus.web.platform.ErrorResponses;

/**
 * Undoing an email change with the link mailed to the previous address. The route is public (the
 * owner may have no working session left) and sits under {@code /api/auth}, so the per-address rate
 * limit of the sign-in routes applies to guesses at tokens.
 */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "My account")
public class EmailRevertController {
    private final RevertEmailChangeUseCase revert;
    private final HttpClientAddressResolver addresses;

    public EmailRevertController(RevertEmailChangeUseCase revert, HttpClientAddressResolver addresses) {
        this.revert = revert;
        this.addresses = addresses;
    }

    @Post(uri = "/api/auth/email/revert", consumes = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @Operation(
            summary = "Undo an email change",
            description = "With the token of the link mailed to the previous address when the email changed"
                    + " (valid 7 days, once): the previous email comes back, every session of the account ends,"
                    + " its outstanding reset links and other undo links stop working and the lockout is cleared."
                    + " Nobody is signed in. A missing, invalid, used or expired token is named as the field"
                    + " token; when another account has the previous email by now the link stays usable.")
    @ApiResponse(responseCode = "204", description = "The previous email is back")
    @ErrorResponses.InvalidFields
    @ErrorResponses.EmailOrPhoneTaken
    @ErrorResponses.RateLimited
    public HttpResponse<Void> revert(@Body RevertRequest request, HttpRequest<?> http) {
        revert.revertEmailChange(new RevertEmailChangeCommand(request.token(), addresses.resolve(http)));
        return HttpResponse.noContent();
    }

    /** The body: the token of the mailed link. It may be missing: the use case names what is wrong. */
    @Serdeable
    @Schema(name = "RevertEmailChangeRequest")
    public record RevertRequest(
            @Nullable @Schema(description = "The token of the link mailed to the previous address")
            String token) {
        @Override
        public String toString() {
            return "RevertRequest[<hidden>]";
        }
    }
}

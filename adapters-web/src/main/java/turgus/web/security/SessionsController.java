package turgus.web.security;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import turgus.application.account.port.in.ListSessionsQuery;
import turgus.application.account.port.in.RevokeSessionUseCase;
import turgus.web.platform.ErrorResponses;

/** The caller's signed-in devices: list them, sign any of them out. */
@Controller("/api/me/sessions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "My account")
public class SessionsController {
    private final ListSessionsQuery list;
    private final RevokeSessionUseCase revoke;
    private final HttpClientAddressResolver addresses;

    public SessionsController(
            ListSessionsQuery list, RevokeSessionUseCase revoke, HttpClientAddressResolver addresses) {
        this.list = list;
        this.revoke = revoke;
        this.addresses = addresses;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "My sessions", description = "Active sessions, newest first; current marks this one.")
    @ApiResponse(responseCode = "200", description = "The sessions")
    @ErrorResponses.SignInRequired
    public List<SessionView> sessions(Authentication authentication) {
        return list.sessions(CurrentUser.id(authentication), CurrentUser.sessionId(authentication)).stream()
                .map(SessionView::of)
                .toList();
    }

    @Delete("/{id}")
    @Operation(
            summary = "Sign a session out",
            description =
                    "One of the caller's own active sessions; its tokens are refused from the next request" + " on.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @ErrorResponses.SignInRequired
    @ErrorResponses.NotFound
    public HttpResponse<Void> signOut(@PathVariable String id, Authentication authentication, HttpRequest<?> http) {
        revoke.revoke(new RevokeSessionUseCase.Command(CurrentUser.id(authentication), id, addresses.resolve(http)));
        return HttpResponse.noContent();
    }
}

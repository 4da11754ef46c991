package turgus.web.account;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.account.port.in.ShowAccountQuery;
import turgus.web.platform.ErrorResponses;
import turgus.web.security.CurrentUser;

/** The signed-in user's own account. */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "My account")
public class MeController {
    private final ShowAccountQuery accounts;
    private final MeViews views;

    public MeController(ShowAccountQuery accounts, MeViews views) {
        this.accounts = accounts;
        this.views = views;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Who am I", description = "The signed-in user's account; a 404 when it no longer exists.")
    @ApiResponse(responseCode = "200", description = "The account")
    @ErrorResponses.SignInRequired
    @ErrorResponses.NotFound
    public MeView me(Authentication authentication) {
        return views.of(accounts.account(CurrentUser.id(authentication)));
    }
}

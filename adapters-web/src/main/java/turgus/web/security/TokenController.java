package turgus.web.security;

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.account.port.in.LogOutUseCase;
import turgus.application.account.port.in.RefreshTokenCommand;
import turgus.application.account.port.in.RefreshTokenUseCase;
import turgus.web.platform.ErrorResponses;

/** Keeps a session going (a new token pair for the refresh token) and ends it (logout). */
@Controller("/api/auth")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
public class TokenController {
    private final RefreshTokenUseCase refresh;
    private final LogOutUseCase logOut;
    private final AccessTokens tokens;
    private final HttpClientAddressResolver addresses;

    public TokenController(
            RefreshTokenUseCase refresh,
            LogOutUseCase logOut,
            AccessTokens tokens,
            HttpClientAddressResolver addresses) {
        this.refresh = refresh;
        this.logOut = logOut;
        this.tokens = tokens;
        this.addresses = addresses;
    }

    @Post(uri = "/token", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @Operation(
            summary = "Refresh the tokens",
            description = "Trades a refresh token for a new pair; the old refresh token stops working. Presenting"
                    + " an old refresh token again signs the whole session out.")
    @ApiResponse(responseCode = "200", description = "A new token pair")
    @ErrorResponses.InvalidFields
    @ErrorResponses.SignInRefused
    public LoginResponse token(@Body RefreshRequest request, HttpRequest<?> http) {
        request.validate();
        return tokens.pair(refresh.refresh(new RefreshTokenCommand(request.refreshToken(), addresses.resolve(http))));
    }

    @Post(uri = "/logout")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(
            summary = "Sign out",
            description = "Ends the session of the access token: its access and refresh tokens are refused from"
                    + " the next request on.")
    @ApiResponse(responseCode = "204", description = "Signed out")
    @ErrorResponses.SignInRequired
    @ErrorResponses.RateLimited
    public HttpResponse<Void> logout(Authentication authentication, HttpRequest<?> http) {
        logOut.logOut(new LogOutUseCase.Command(
                CurrentUser.id(authentication), CurrentUser.sessionId(authentication), addresses.resolve(http)));
        return HttpResponse.noContent();
    }
}

package turgus.web.security;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import turgus.application.account.port.in.LogInCommand;
import turgus.application.account.port.in.LogInUseCase;
import turgus.application.account.port.in.SignedIn;
import turgus.web.platform.ErrorResponses;

/** Signs people in with their email or phone number and password. */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Authentication")
public class LoginController {
    private final LogInUseCase logIn;
    private final AccessTokens tokens;
    private final HttpClientAddressResolver addresses;

    public LoginController(LogInUseCase logIn, AccessTokens tokens, HttpClientAddressResolver addresses) {
        this.logIn = logIn;
        this.tokens = tokens;
        this.addresses = addresses;
    }

    @Post(uri = "/login", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            summary = "Sign in",
            description = "Answers a bearer access token (15 minutes) and a refresh token. An unknown name and a"
                    + " wrong password get the same answer.")
    @ApiResponse(responseCode = "200", description = "Signed in")
    @ErrorResponses.InvalidFields
    @ErrorResponses.SignInRefused
    @ErrorResponses.ServerBusy
    public LoginResponse login(@Body @Valid LoginRequest request, HttpRequest<?> http) {
        SignedIn session = logIn.logIn(new LogInCommand(
                request.username(),
                request.password(),
                http.getHeaders().get(HttpHeaders.USER_AGENT),
                addresses.resolve(http)));
        return tokens.pair(session);
    }
}

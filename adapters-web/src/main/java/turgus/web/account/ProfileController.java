package turgus.web.account;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.account.port.in.UpdateProfileCommand;
import turgus.application.account.port.in.UpdateProfileUseCase;
import turgus.web.platform.ErrorResponses;
import turgus.web.security.CurrentUser;

/**
 * Changes the caller's own name, email and phone. The body is read into {@link ProfileChanges},
 * which has only those three fields: roles, balance, id or anything else sent along is ignored.
 */
@Controller("/api/me")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "My account")
public class ProfileController {
    private final UpdateProfileUseCase profiles;
    private final HttpClientAddressResolver addresses;
    private final MeViews views;

    public ProfileController(UpdateProfileUseCase profiles, HttpClientAddressResolver addresses, MeViews views) {
        this.profiles = profiles;
        this.addresses = addresses;
        this.views = views;
    }

    @Patch(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change my profile",
            description = "Any of fullName, email and phone; a field left out stays as it is. Nothing else can be"
                    + " changed here.")
    @ApiResponse(responseCode = "200", description = "The account as it is now")
    @ErrorResponses.InvalidFields
    @ErrorResponses.SignInRequired
    @ErrorResponses.EmailOrPhoneTaken
    public MeView update(@Body ProfileChanges changes, Authentication authentication, HttpRequest<?> http) {
        return views.of(profiles.updateProfile(new UpdateProfileCommand(
                CurrentUser.id(authentication),
                changes.fullName(),
                changes.email(),
                changes.phone(),
                addresses.resolve(http))));
    }
}

package turgus.web.account;

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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.account.port.in.ConfirmRegistrationCommand;
import turgus.application.account.port.in.ConfirmRegistrationUseCase;
import turgus.application.account.port.in.RegisterCustomerCommand;
import turgus.application.account.port.in.RegisterCustomerUseCase;
import turgus.web.platform.ErrorResponses;

/** Registration: the form mails a code; the account exists once the code is confirmed in time. */
@Controller("/api/auth/register")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Registration")
public class RegistrationController {
    private final RegisterCustomerUseCase register;
    private final ConfirmRegistrationUseCase confirm;
    private final HttpClientAddressResolver addresses;
    private final MeViews views;

    public RegistrationController(
            RegisterCustomerUseCase register,
            ConfirmRegistrationUseCase confirm,
            HttpClientAddressResolver addresses,
            MeViews views) {
        this.register = register;
        this.confirm = confirm;
        this.addresses = addresses;
        this.views = views;
    }

    @Post(consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            summary = "Register",
            description = "Checks the form (every wrong field and every broken password rule is named) and mails a"
                    + " 6-digit code, valid 15 minutes. The account exists only once the code is confirmed.")
    @ApiResponse(responseCode = "202", description = "The code was mailed")
    @ErrorResponses.InvalidFields
    @ErrorResponses.EmailOrPhoneTaken
    @ErrorResponses.RateLimited
    @ErrorResponses.ServerBusy
    public HttpResponse<RegistrationRequests.Started> register(
            @Body RegistrationRequests.Register request, HttpRequest<?> http) {
        RegisterCustomerUseCase.RegistrationStarted started = register.register(new RegisterCustomerCommand(
                request.fullName(),
                request.email(),
                request.phone(),
                request.password(),
                request.passwordConfirmation(),
                addresses.resolve(http)));
        return HttpResponse.accepted()
                .body(new RegistrationRequests.Started(started.email().value(), started.expiresAt()));
    }

    @Post(uri = "/confirm", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @SecurityRequirements
    @Operation(
            summary = "Confirm a registration",
            description = "Opens the account with the mailed code. The fifth wrong code voids the registration."
                    + " A wrong, expired or voided code is named as the field code.")
    @ApiResponse(responseCode = "201", description = "The new account, not signed in")
    @ErrorResponses.InvalidFields
    @ErrorResponses.EmailOrPhoneTaken
    @ErrorResponses.RateLimited
    public HttpResponse<MeView> confirm(@Body RegistrationRequests.Confirm request, HttpRequest<?> http) {
        return HttpResponse.created(views.of(confirm.confirm(
                ConfirmRegistrationCommand.of(request.email(), request.code(), addresses.resolve(http)))));
    }
}

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
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.account.port.in.ChangePasswordCommand;
import turgus.application.account.port.in.ChangePasswordUseCase;
import turgus.application.account.port.in.RequestPasswordResetCommand;
import turgus.application.account.port.in.RequestPasswordResetUseCase;
import turgus.application.account.port.in.ResetPasswordCommand;
import turgus.application.account.port.in.ResetPasswordUseCase;
import turgus.web.platform.ErrorResponses;
import turgus.web.security.CurrentUser;

/** Forgotten passwords (a mailed single-use link) and changing one's own password. */
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Passwords")
public class PasswordController {
    private final RequestPasswordResetUseCase requestReset;
    private final ResetPasswordUseCase reset;
    private final ChangePasswordUseCase change;
    private final HttpClientAddressResolver addresses;

    public PasswordController(
            RequestPasswordResetUseCase requestReset,
            ResetPasswordUseCase reset,
            ChangePasswordUseCase change,
            HttpClientAddressResolver addresses) {
        this.requestReset = requestReset;
        this.reset = reset;
        this.change = change;
        this.addresses = addresses;
    }

    @Post(uri = "/api/auth/password/forgot", consumes = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @Operation(
            summary = "Forgot my password",
            description = "Mails a reset link, valid 15 minutes and once, when an account has the email. The"
                    + " answer is the same whether it has or not, and it works while the account is locked.")
    @ApiResponse(responseCode = "202", description = "Accepted, whatever the email")
    @ErrorResponses.InvalidFields
    @ErrorResponses.RateLimited
    public HttpResponse<Void> forgot(@Body PasswordRequests.Forgot request, HttpRequest<?> http) {
        requestReset.requestReset(RequestPasswordResetCommand.of(request.email(), addresses.resolve(http)));
        return HttpResponse.accepted();
    }

    @Post(uri = "/api/auth/password/reset", consumes = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_ANONYMOUS)
    @SecurityRequirements
    @Operation(
            summary = "Reset my password",
            description = "Sets a new password with the token of a mailed link. Every session of the account"
                    + " ends and the lockout is cleared; nobody is signed in. A token that is invalid, used or"
                    + " expired is named as the field token.")
    @ApiResponse(responseCode = "204", description = "The password was changed")
    @ErrorResponses.InvalidFields
    @ErrorResponses.RateLimited
    @ErrorResponses.ServerBusy
    public HttpResponse<Void> reset(@Body PasswordRequests.Reset request, HttpRequest<?> http) {
        reset.resetPassword(new ResetPasswordCommand(
                request.token(), request.newPassword(), request.newPasswordConfirmation(), addresses.resolve(http)));
        return HttpResponse.noContent();
    }

    @Post(uri = "/api/me/password", consumes = MediaType.APPLICATION_JSON)
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(
            summary = "Change my password",
            description = "The old password, the new one twice. Every other session is signed out. An old"
                    + " password that does not match is named as its field.")
    @ApiResponse(responseCode = "204", description = "The password was changed")
    @ErrorResponses.InvalidFields
    @ErrorResponses.SignInRequired
    @ErrorResponses.ServerBusy
    public HttpResponse<Void> change(
            @Body PasswordRequests.Change request, Authentication authentication, HttpRequest<?> http) {
        change.changePassword(new ChangePasswordCommand(
                CurrentUser.id(authentication),
                CurrentUser.sessionId(authentication),
                request.oldPassword(),
                request.newPassword(),
                request.newPasswordConfirmation(),
                addresses.resolve(http)));
        return HttpResponse.noContent();
    }
}

package turgus.web.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import turgus.application.account.port.in.AdminActor;
import turgus.application.account.port.in.AdministerUserUseCase;
import turgus.application.account.port.in.BrowseUsersQuery;
import turgus.application.account.port.in.BulkUserActionUseCase;
import turgus.application.account.port.in.BulkUserActionUseCase.BulkCommand;
import turgus.application.account.port.in.PurgeInactiveUsersUseCase;
import turgus.application.account.port.in.UserSearch;
import turgus.application.shared.NotFoundException;
import turgus.domain.account.BlockCategory;
import turgus.domain.account.UserId;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.web.account.AdminUserViews.AdminUserDetailView;
import turgus.web.account.AdminUserViews.AdminUserView;
import turgus.web.account.AdminUserViews.BlockRequest;
import turgus.web.account.AdminUserViews.BulkOutcomeView;
import turgus.web.account.AdminUserViews.BulkUserRequest;
import turgus.web.account.AdminUserViews.PurgeOutcome;
import turgus.web.account.AdminUserViews.PurgePreview;
import turgus.web.account.AdminUserViews.PurgeRequest;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.PageView;
import turgus.web.platform.Paging;
import turgus.web.security.CurrentUser;

/**
 * The admins' user back office: search and page through accounts, see one, block, unblock, activate,
 * deactivate, unlock, change roles, delete, act on many at once, and delete inactive accounts. Balance
 * adjustments live beside it ({@code BalanceAdjustmentController}).
 */
@Controller("/api/admin/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: users")
@ErrorResponses.AdminOnly
public class AdminUserController {
    private final BrowseUsersQuery browsing;
    private final AdministerUserUseCase administering;
    private final BulkUserActionUseCase bulk;
    private final PurgeInactiveUsersUseCase purging;
    private final HttpClientAddressResolver addresses;

    public AdminUserController(
            BrowseUsersQuery browsing,
            AdministerUserUseCase administering,
            BulkUserActionUseCase bulk,
            PurgeInactiveUsersUseCase purging,
            HttpClientAddressResolver addresses) {
        this.browsing = browsing;
        this.administering = administering;
        this.bulk = bulk;
        this.purging = purging;
        this.addresses = addresses;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Search and page through the accounts",
            description = "Deleted accounts are not listed. Newest first unless sort says otherwise.")
    @ApiResponse(responseCode = "200", description = "A page of AdminUser")
    @ErrorResponses.BadQuery
    public PageView<AdminUserView> list(
            @RequestBean Paging paging,
            @Nullable
                    @QueryValue("q")
                    @Parameter(description = "Part of the name, email or phone, any case; phone digits however typed")
                    String q,
            @Nullable
                    @QueryValue("status")
                    @Parameter(
                            description = "LOCKED: locked out now after failed logins",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"ACTIVE", "BLOCKED", "DEACTIVATED", "LOCKED"}))
                    String status,
            @Nullable
                    @QueryValue("role")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"CUSTOMER", "ADMIN"}))
                    String role,
            @Nullable
                    @QueryValue("sort")
                    @Parameter(
                            schema =
                                    @Schema(
                                            type = "string",
                                            defaultValue = "-createdAt",
                                            allowableValues = {
                                                "name",
                                                "email",
                                                "createdAt",
                                                "-createdAt",
                                                "lastLoginAt",
                                                "-lastLoginAt",
                                                "balance",
                                                "-balance",
                                                "totalSpent",
                                                "-totalSpent"
                                            }))
                    String sort) {
        UserSearch search = UserSearch.of(q, status, role, sort);
        return PageView.of(browsing.browse(search, paging.toRequest()), AdminUserView::of);
    }

    @Get(uri = "/purge-inactive", produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "How many accounts \"delete inactive accounts\" would delete now",
            description = "Inactive: deactivated for inactiveDays or more, or never signed in and created"
                    + " inactiveDays or more ago. Admins are never included.")
    @ApiResponse(responseCode = "200", description = "The preview")
    @ErrorResponses.BadQuery
    public PurgePreview previewPurge(
            @Nullable
                    @QueryValue("inactiveDays")
                    @Parameter(required = true, schema = @Schema(type = "integer", minimum = "1", maximum = "3650"))
                    String inactiveDays) {
        int days = days(inactiveDays);
        return new PurgePreview(days, purging.countInactive(days));
    }

    @Post(uri = "/purge-inactive", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Delete (anonymise) the inactive accounts", description = "Each with its own event.")
    @ApiResponse(responseCode = "200", description = "How many were deleted")
    @ErrorResponses.InvalidFields
    public PurgeOutcome purge(@Body PurgeRequest request, Authentication authentication, HttpRequest<?> http) {
        if (request.inactiveDays() == null) {
            throw new InvalidValueException("inactiveDays", FieldRule.REQUIRED);
        }
        return new PurgeOutcome(purging.purgeInactive(actor(authentication, http), request.inactiveDays()));
    }

    @Post(uri = "/bulk", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "One action on many accounts",
            description = "Each id succeeds or fails on its own (unknown: NOT_FOUND, the caller's own:"
                    + " CANNOT_CHANGE_OWN_ACCOUNT, …); each success writes its own event. send-test-email queues a"
                    + " plain test mail to each account.")
    @ApiResponse(responseCode = "200", description = "Which ids succeeded and which failed, with why")
    @ErrorResponses.InvalidFields
    public BulkOutcomeView bulk(@Body BulkUserRequest request, Authentication authentication, HttpRequest<?> http) {
        BulkCommand command = BulkCommand.of(
                request.action(), request.ids(), request.until(), request.reason(), category(request.category()));
        return BulkOutcomeView.of(bulk.apply(actor(authentication, http), command));
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One account with its sessions, recent orders, ledger and events")
    @ApiResponse(responseCode = "200", description = "The account")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.UnknownUser
    public AdminUserDetailView show(@PathVariable long id) {
        return AdminUserDetailView.of(browsing.show(userId(id)));
    }

    @Post(uri = "/{id}/block", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Block an account, until a moment or for good",
            description = "Replaces any block. Every session of the account ends at once.")
    @ApiResponse(responseCode = "200", description = "The account as it is now")
    @ErrorResponses.InvalidFields
    @ErrorResponses.UnknownUser
    @ErrorResponses.OwnAccountOrLastAdmin
    public AdminUserDetailView block(
            @PathVariable long id, @Body BlockRequest request, Authentication authentication, HttpRequest<?> http) {
        UserId user = userId(id);
        return AdminUserDetailView.of(administering.block(
                actor(authentication, http), user, request.until(), request.reason(), category(request.category())));
    }

    @Post(uri = "/{id}/unblock", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Lift a block, and a lockout after failed logins")
    @ApiResponse(responseCode = "200", description = "The account as it is now")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.UnknownUser
    public AdminUserDetailView unblock(@PathVariable long id, Authentication authentication, HttpRequest<?> http) {
        return AdminUserDetailView.of(administering.unblock(actor(authentication, http), userId(id)));
    }

    @Post(uri = "/{id}/activate", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Make an account active again", description = "Lifts a deactivation (or a block).")
    @ApiResponse(responseCode = "200", description = "The account as it is now")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.UnknownUser
    public AdminUserDetailView activate(@PathVariable long id, Authentication authentication, HttpRequest<?> http) {
        return AdminUserDetailView.of(administering.activate(actor(authentication, http), userId(id)));
    }

    @Post(uri = "/{id}/deactivate", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Deactivate an account", description = "Every session of the account ends at once.")
    @ApiResponse(responseCode = "200", description = "The account as it is now")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.UnknownUser
    @ErrorResponses.OwnAccountOrLastAdmin
    public AdminUserDetailView deactivate(@PathVariable long id, Authentication authentication, HttpRequest<?> http) {
        return AdminUserDetailView.of(administering.deactivate(actor(authentication, http), userId(id)));
    }

    @Post(uri = "/{id}/unlock", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Lift a lockout after failed logins", description = "The status stays as it is.")
    @ApiResponse(responseCode = "200", description = "The account as it is now")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.UnknownUser
    public AdminUserDetailView unlock(@PathVariable long id, Authentication authentication, HttpRequest<?> http) {
        return AdminUserDetailView.of(administering.unlock(actor(authentication, http), userId(id)));
    }

    @Put(uri = "/{id}/roles", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace the account's roles", description = "At least one, no duplicates.")
    @RequestBody(
            content =
                    @Content(
                            array =
                                    @ArraySchema(
                                            minItems = 1,
                                            uniqueItems = true,
                                            schema =
                                                    @Schema(
                                                            type = "string",
                                                            allowableValues = {"CUSTOMER", "ADMIN"}))))
    @ApiResponse(responseCode = "200", description = "The account as it is now")
    @ErrorResponses.InvalidFields
    @ErrorResponses.UnknownUser
    @ErrorResponses.OwnAccountOrLastAdmin
    public AdminUserDetailView changeRoles(
            @PathVariable long id, @Body List<String> roles, Authentication authentication, HttpRequest<?> http) {
        UserId user = userId(id);
        return AdminUserDetailView.of(administering.changeRoles(actor(authentication, http), user, roles));
    }

    @Delete(uri = "/{id}")
    @Operation(
            summary = "Delete (anonymise) an account",
            description = "Name, email and phone are replaced (the real ones become free to register again), the"
                    + " password, picture, sessions and pending links are gone; orders and ledger stay.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.UnknownUser
    @ErrorResponses.OwnAccountOrLastAdmin
    public HttpResponse<Void> delete(@PathVariable long id, Authentication authentication, HttpRequest<?> http) {
        administering.delete(actor(authentication, http), userId(id));
        return HttpResponse.noContent();
    }

    private AdminActor actor(Authentication authentication, HttpRequest<?> http) {
        return new AdminActor(CurrentUser.id(authentication), addresses.resolve(http));
    }

    private static UserId userId(long id) {
        if (id < 1) {
            throw NotFoundException.of(NotFoundException.Resource.USER, id);
        }
        return UserId.of(id);
    }

    private static BlockCategory category(@Nullable String category) {
        if (category == null) {
            return null;
        }
        try {
            return BlockCategory.valueOf(category);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidValueException(
                    "category", FieldRule.NOT_ONE_OF, "allowed", "ABUSE, FRAUD, SPAM, PAYMENT, OTHER");
        }
    }

    private static int days(@Nullable String inactiveDays) {
        if (inactiveDays == null || inactiveDays.isBlank()) {
            throw new InvalidValueException("inactiveDays", FieldRule.REQUIRED);
        }
        try {
            return Integer.parseInt(inactiveDays.strip());
        } catch (NumberFormatException notANumber) {
            throw new InvalidValueException("inactiveDays", FieldRule.OUT_OF_RANGE, "min", 1, "max", 3650);
        }
    }
}

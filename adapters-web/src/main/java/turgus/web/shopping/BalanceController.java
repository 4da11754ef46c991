package turgus.web.shopping;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import turgus.application.ledger.port.in.BrowseLedgerQuery;
import turgus.application.ledger.port.in.ShowBalanceQuery;
import turgus.application.ledger.port.in.TopUpBalanceUseCase;
import turgus.application.ledger.port.in.TopUpCommand;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.PageView;
import turgus.web.platform.Paging;
import turgus.web.security.CurrentUser;
import turgus.web.shopping.ShoppingViews.BalanceView;
import turgus.web.shopping.ShoppingViews.TopUpView;
import turgus.web.shopping.ShoppingViews.TransactionView;

/** The signed-in customer's prepaid balance and its ledger. */
@Controller("/api/me/balance")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Balance")
@ErrorResponses.SignInRequired
public class BalanceController {
    private final ShowBalanceQuery balances;
    private final BrowseLedgerQuery ledger;
    private final TopUpBalanceUseCase topUps;

    public BalanceController(ShowBalanceQuery balances, BrowseLedgerQuery ledger, TopUpBalanceUseCase topUps) {
        this.balances = balances;
        this.ledger = ledger;
        this.topUps = topUps;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "My balance", description = "Zero before the first top-up.")
    @ApiResponse(responseCode = "200", description = "The balance in EUR")
    public BalanceView show(Authentication authentication) {
        return BalanceView.of(balances.balanceOf(CurrentUser.id(authentication)));
    }

    /** An amount to add to the balance. */
    @Serdeable
    @Schema(name = "TopUpRequest")
    public record TopUpRequest(
            @Nullable
            @Schema(
                    description = "EUR: more than 0, at most 10000, at most 2 decimals",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "25.5")
            BigDecimal amount) {}

    @Post(uri = "/top-ups", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Top up my balance")
    @ApiResponse(responseCode = "201", description = "The new balance and the top-up's ledger line")
    @ErrorResponses.InvalidFields
    @ErrorResponses.IdempotencyKeyReused
    public HttpResponse<TopUpView> topUp(
            Authentication authentication,
            @Body TopUpRequest request,
            @Nullable @Header(ApiDocs.IDEMPOTENCY_KEY) @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION)
                    String idempotencyKey) {
        TopUpCommand command = TopUpCommand.of(CurrentUser.id(authentication), request.amount(), idempotencyKey);
        return HttpResponse.<TopUpView>status(HttpStatus.CREATED).body(TopUpView.of(topUps.topUp(command)));
    }

    @Get(uri = "/transactions", produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "My balance's ledger",
            description = "Top-ups, purchases, refunds and adjustments, newest first.")
    @ApiResponse(responseCode = "200", description = "A page of ledger lines")
    @ErrorResponses.BadQuery
    public PageView<TransactionView> transactions(Authentication authentication, @RequestBean Paging paging) {
        return PageView.of(ledger.movements(CurrentUser.id(authentication), paging.toRequest()), TransactionView::of);
    }
}

package turgus.web.shopping;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import turgus.application.ledger.port.in.AdjustBalanceCommand;
import turgus.application.ledger.port.in.AdjustBalanceUseCase;
import turgus.application.shared.NotFoundException;
import turgus.domain.account.UserId;
import turgus.web.platform.ErrorResponses;
import turgus.web.security.CurrentUser;
import turgus.web.shopping.ShoppingViews.TransactionView;

/** An admin credits or debits a customer's balance, with a reason kept in the ledger. */
@Controller("/api/admin/users")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: users")
@ErrorResponses.AdminOnly
public class BalanceAdjustmentController {
    private final AdjustBalanceUseCase adjustments;

    public BalanceAdjustmentController(AdjustBalanceUseCase adjustments) {
        this.adjustments = adjustments;
    }

    /** A signed change of a balance and why. */
    @Serdeable
    @Schema(name = "BalanceAdjustmentRequest")
    public record AdjustmentRequest(
            @Nullable
            @Schema(
                    description = "EUR, positive credits, negative debits; not 0, at most 2 decimals",
                    requiredMode = Schema.RequiredMode.REQUIRED,
                    example = "-5")
            BigDecimal amount,

            @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 500)
            String reason) {}

    @Post(
            uri = "/{id}/balance-adjustments",
            consumes = MediaType.APPLICATION_JSON,
            produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Credit or debit a customer's balance",
            description = "A debit may not take the balance below zero (named as amount). A deleted account's"
                    + " balance can still be adjusted.")
    @ApiResponse(responseCode = "201", description = "The adjustment's ledger line, with the balance after it")
    @ErrorResponses.InvalidFields
    @ErrorResponses.UnknownUser
    public HttpResponse<TransactionView> adjust(
            @PathVariable long id, @Body AdjustmentRequest request, Authentication authentication) {
        if (id < 1) {
            throw NotFoundException.of(NotFoundException.Resource.USER, id);
        }
        AdjustBalanceCommand command = AdjustBalanceCommand.of(
                UserId.of(id), request.amount(), request.reason(), CurrentUser.id(authentication));
        return HttpResponse.<TransactionView>status(HttpStatus.CREATED)
                .body(TransactionView.of(adjustments.adjust(command)));
    }
}

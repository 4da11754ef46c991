package turgus.web.shopping;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import turgus.application.discount.port.in.ManagePromoCodesUseCase;
import turgus.application.loyalty.port.in.ManageDiscountsUseCase;
import turgus.domain.discount.PromoCode;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.web.platform.ErrorResponses;
import turgus.web.security.CurrentUser;

/** The admins' discounts: the loyalty rule and its tiers, and promo codes. */
@Controller("/api/admin")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: discounts")
@ErrorResponses.AdminOnly
public class AdminDiscountController {
    private final ManageDiscountsUseCase discounts;
    private final ManagePromoCodesUseCase promoCodes;
    private final JsonMapper json;

    public AdminDiscountController(
            ManageDiscountsUseCase discounts, ManagePromoCodesUseCase promoCodes, JsonMapper json) {
        this.discounts = discounts;
        this.promoCodes = promoCodes;
        this.json = json;
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(
            name = "LoyaltyRule",
            description = "Loyal from more than minCompletedOrders paid orders or more than minTotalSpent EUR spent")
    public record LoyaltyRuleView(int minCompletedOrders, BigDecimal minTotalSpent, int percent) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "LoyaltyTier", description = "A further level above the loyal one")
    public record TierView(String name, int minCompletedOrders, BigDecimal minTotalSpent, int percent) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Discounts")
    public record DiscountsView(LoyaltyRuleView loyalty, List<TierView> tiers) {
        static DiscountsView of(LoyaltyPolicy policy) {
            return new DiscountsView(
                    new LoyaltyRuleView(
                            policy.minCompletedOrders(), policy.minTotalSpent().amount(), policy.percent()),
                    policy.tiers().stream()
                            .map(tier -> new TierView(
                                    tier.name(),
                                    tier.minCompletedOrders(),
                                    tier.minTotalSpent().amount(),
                                    tier.percent()))
                            .toList());
        }
    }

    @Serdeable
    @Schema(name = "LoyaltyRuleRequest")
    public record LoyaltyRuleRequest(
            @Nullable @Schema(type = "integer", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer minCompletedOrders,

            @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            BigDecimal minTotalSpent,

            @Nullable @Schema(type = "integer", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer percent) {}

    @Get(uri = "/discounts", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "The loyalty rule and its tiers")
    @ApiResponse(responseCode = "200", description = "The discounts")
    public DiscountsView showDiscounts() {
        return DiscountsView.of(discounts.loyaltyPolicy());
    }

    @Put(uri = "/discounts/loyalty", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the loyalty rule", description = "Thresholds and percent; the tiers stay.")
    @ApiResponse(responseCode = "200", description = "The discounts as they are now")
    @ErrorResponses.InvalidFields
    public DiscountsView changeLoyaltyRule(@Body LoyaltyRuleRequest request, Authentication authentication) {
        return DiscountsView.of(discounts.changeLoyaltyRule(
                request.minCompletedOrders(),
                request.minTotalSpent(),
                request.percent(),
                CurrentUser.id(authentication)));
    }

    @Put(uri = "/discounts/tiers", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Replace the loyalty tiers",
            description = "The levels above loyal, lowest first; each asks for more orders and more spending than"
                    + " the level below and gives a larger discount. An empty list removes every tier. A wrong"
                    + " field is named tiers[i].name, …; a wrong order, tiers.")
    @RequestBody(
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = TierRequests.TierRequest.class))))
    @ApiResponse(responseCode = "200", description = "The discounts as they are now")
    @ErrorResponses.InvalidFields
    public DiscountsView changeTiers(@Body JsonNode tiers, Authentication authentication) throws IOException {
        return DiscountsView.of(discounts.changeTiers(TierRequests.read(tiers, json), CurrentUser.id(authentication)));
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "PromoCode")
    public record PromoCodeView(
            String code,
            @Nullable Integer percent,
            @Nullable BigDecimal amount,
            BigDecimal minOrderTotal,
            @Nullable Instant validFrom,
            @Nullable Instant validUntil,
            @Nullable Integer maxUses,
            int timesUsed) {
        static PromoCodeView of(PromoCode promo) {
            return new PromoCodeView(
                    promo.code(),
                    promo.percent().isPresent() ? promo.percent().getAsInt() : null,
                    promo.amount().map(money -> money.amount()).orElse(null),
                    promo.minOrderTotal().amount(),
                    promo.validFrom(),
                    promo.validUntil(),
                    promo.maxUses(),
                    promo.timesUsed());
        }
    }

    @Serdeable
    @Schema(name = "PromoCodeRequest", description = "Exactly one of percent and amount")
    public record PromoCodeForm(
            @Nullable @Schema(example = "SPRING10") String code,

            @Nullable @Schema(type = "integer", minimum = "1", maximum = "100")
            Integer percent,

            @Nullable @Schema(description = "EUR off") BigDecimal amount,
            @Nullable BigDecimal minOrderTotal,
            @Nullable Instant validFrom,
            @Nullable Instant validUntil,

            @Nullable @Schema(type = "integer", minimum = "1")
            Integer maxUses) {}

    @Get(uri = "/promo-codes", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Every promo code")
    @ApiResponse(responseCode = "200", description = "The promo codes")
    public List<PromoCodeView> listPromoCodes() {
        return promoCodes.list().stream().map(PromoCodeView::of).toList();
    }

    @Post(uri = "/promo-codes", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a promo code", description = "A name in use is a 409 PROMO_CODE_TAKEN.")
    @ApiResponse(responseCode = "201", description = "The new promo code")
    @ErrorResponses.InvalidFields
    @ErrorResponses.Conflict
    public HttpResponse<PromoCodeView> createPromoCode(@Body PromoCodeForm form, Authentication authentication) {
        PromoCode promo = PromoCode.define(
                form.code(),
                form.percent(),
                form.amount(),
                form.minOrderTotal(),
                form.validFrom(),
                form.validUntil(),
                form.maxUses());
        return HttpResponse.<PromoCodeView>status(HttpStatus.CREATED)
                .body(PromoCodeView.of(promoCodes.create(promo, CurrentUser.id(authentication))));
    }

    @Patch(uri = "/promo-codes/{code}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change a promo code's terms",
            description = "Any of percent or amount, minOrderTotal, validFrom, validUntil, maxUses; the name and the"
                    + " use count stay.")
    @RequestBody(content = @Content(schema = @Schema(implementation = PromoCodeForm.class)))
    @ApiResponse(responseCode = "200", description = "The promo code as it is now")
    @ErrorResponses.InvalidFields
    @ErrorResponses.UnknownPromoCode
    public PromoCodeView changePromoCode(@PathVariable String code, @Body JsonNode body, Authentication authentication)
            throws IOException {
        if (!body.isObject()) {
            throw new InvalidValueException("body", FieldRule.NOT_AN_OBJECT);
        }
        PromoCode current = promoCodes.show(code);
        PromoCodeForm form = json.readValueFromTree(body, PromoCodeForm.class);
        boolean valueGiven = body.get("percent") != null || body.get("amount") != null;
        Integer percent = valueGiven
                ? form.percent()
                : (current.percent().isPresent() ? current.percent().getAsInt() : null);
        BigDecimal amount = valueGiven
                ? form.amount()
                : current.amount().map(money -> money.amount()).orElse(null);
        PromoCode terms = PromoCode.define(
                current.code(),
                percent,
                amount,
                body.get("minOrderTotal") != null
                        ? form.minOrderTotal()
                        : current.minOrderTotal().amount(),
                body.get("validFrom") != null ? form.validFrom() : current.validFrom(),
                body.get("validUntil") != null ? form.validUntil() : current.validUntil(),
                body.get("maxUses") != null ? form.maxUses() : current.maxUses());
        return PromoCodeView.of(promoCodes.update(current.code(), terms, CurrentUser.id(authentication)));
    }

    @Delete(uri = "/promo-codes/{code}")
    @Operation(summary = "Delete a promo code", description = "Orders that used it keep their discount.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ErrorResponses.UnknownPromoCode
    public HttpResponse<Void> deletePromoCode(@PathVariable String code, Authentication authentication) {
        promoCodes.delete(code, CurrentUser.id(authentication));
        return HttpResponse.noContent();
    }
}

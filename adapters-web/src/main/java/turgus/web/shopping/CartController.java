package turgus.web.shopping;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.List;
import turgus.application.cart.port.in.AddToCartCommand;
import turgus.application.cart.port.in.ChangeCartUseCase;
import turgus.application.cart.port.in.ShowCartQuery;
import turgus.application.shared.NotFoundException;
import turgus.domain.catalog.ProductId;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.web.platform.ErrorResponses;
import turgus.web.security.CurrentUser;
import turgus.web.shopping.ShoppingViews.CartView;

/** The signed-in customer's saved cart, priced now. */
@Controller("/api/cart")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Cart")
@ErrorResponses.SignInRequired
public class CartController {
    private final ShowCartQuery carts;
    private final ChangeCartUseCase changes;
    private final JsonMapper json;

    public CartController(ShowCartQuery carts, ChangeCartUseCase changes, JsonMapper json) {
        this.carts = carts;
        this.changes = changes;
        this.json = json;
    }

    /** A product and how many of it. */
    @Serdeable
    @Schema(name = "CartItemRequest")
    public record ItemRequest(
            @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED)
            Long productId,

            @Nullable @Schema(type = "integer", minimum = "1", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer quantity) {}

    /** A line's new quantity; 0 removes the line. */
    @Serdeable
    @Schema(name = "CartQuantityRequest")
    public record QuantityRequest(
            @Nullable @Schema(type = "integer", minimum = "0", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer quantity) {}

    // The schema keeps the name the document has published for it (the admins' promo code form is
    // PromoCodeRequest): spelled out, it no longer depends on the order in which the OpenAPI
    // generator meets the two.
    /** A promo code to apply to the cart. */
    @Serdeable
    @Schema(name = "PromoCodeRequest_1")
    public record PromoCodeRequest(
            @Nullable @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "SPRING10")
            String code) {}

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "My cart",
            description = "Every line with its availability, the subtotal, the discounts and the total.")
    @ApiResponse(responseCode = "200", description = "The cart")
    public CartView show(Authentication authentication) {
        return CartView.of(carts.show(CurrentUser.id(authentication)));
    }

    @Post(uri = "/items", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Add products to my cart",
            description = "One {productId, quantity} or an array of them; a product already in the cart gets"
                    + " the quantity added.")
    @RequestBody(
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            oneOf = {ItemRequest.class, ItemRequestList.class},
                                            description = "One item or an array of items")))
    @ApiResponse(responseCode = "200", description = "The cart")
    @ErrorResponses.InvalidFields
    @ErrorResponses.UnknownOrWithdrawnProduct
    @ErrorResponses.OutOfStock
    public CartView add(Authentication authentication, @Body JsonNode body) throws IOException {
        List<AddToCartCommand.Item> wanted = items(body).stream()
                .map(item -> new AddToCartCommand.Item(item.productId(), item.quantity()))
                .toList();
        return CartView.of(changes.add(AddToCartCommand.of(CurrentUser.id(authentication), wanted)));
    }

    /** The OpenAPI shape of several items at once. */
    @ArraySchema(schema = @Schema(implementation = ItemRequest.class))
    interface ItemRequestList {}

    /**
     * One item or a list of them. A value of the wrong type is named where it stands
     * ({@code quantity}, or {@code [1].quantity} in a list); a slot that is not an item at all
     * is refused rather than skipped.
     */
    private List<ItemRequest> items(JsonNode body) throws IOException {
        if (body.isObject()) {
            return List.of(json.readValueFromTree(body, Argument.of(ItemRequest.class)));
        }
        if (!body.isArray()) {
            throw new InvalidValueException(
                    "items", FieldRule.NOT_AN_OBJECT, "shape", "{productId, quantity} or an array of them");
        }
        for (int index = 0; index < body.size(); index++) {
            if (!body.get(index).isObject()) {
                throw new InvalidValueException(
                        "[" + index + "]", FieldRule.NOT_AN_OBJECT, "shape", "{productId, quantity}");
            }
        }
        return json.readValueFromTree(body, Argument.listOf(ItemRequest.class));
    }

    @Put(uri = "/items/{productId}", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Change how many of a product my cart holds",
            description = "A quantity of 0 removes the line.")
    @ApiResponse(responseCode = "200", description = "The cart")
    @ErrorResponses.InvalidFields
    @ErrorResponses.NotInCart
    @ErrorResponses.OutOfStock
    public CartView change(Authentication authentication, @PathVariable long productId, @Body QuantityRequest request) {
        Integer quantity = request.quantity();
        if (quantity == null) {
            throw new InvalidValueException("quantity", FieldRule.REQUIRED);
        }
        if (quantity < 0) {
            throw new InvalidValueException("quantity", FieldRule.TOO_SMALL, "min", 0);
        }
        return CartView.of(changes.changeQuantity(CurrentUser.id(authentication), product(productId), quantity));
    }

    @Delete(uri = "/items/{productId}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Remove a product from my cart")
    @ApiResponse(responseCode = "200", description = "The cart")
    @ErrorResponses.NotInCart
    public CartView remove(Authentication authentication, @PathVariable long productId) {
        return CartView.of(changes.remove(CurrentUser.id(authentication), product(productId)));
    }

    @Delete
    @Operation(summary = "Empty my cart", description = "Its lines and its promo code.")
    @ApiResponse(responseCode = "204", description = "The cart is empty")
    public HttpResponse<Void> clear(Authentication authentication) {
        changes.clear(CurrentUser.id(authentication));
        return HttpResponse.noContent();
    }

    @Put(uri = "/promo-code", consumes = MediaType.APPLICATION_JSON, produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Apply a promo code to my cart",
            description = "It replaces the code the cart had. A code that is unknown, not yet or no longer valid,"
                    + " used up, or above the cart's total is a 400 on the field code (PROMO_CODE_…).")
    @ApiResponse(responseCode = "200", description = "The cart")
    @ErrorResponses.InvalidFields
    public CartView applyPromoCode(Authentication authentication, @Body PromoCodeRequest request) {
        if (request.code() == null || request.code().isBlank()) {
            throw new InvalidValueException("code", FieldRule.REQUIRED);
        }
        return CartView.of(changes.applyPromoCode(CurrentUser.id(authentication), request.code()));
    }

    @Delete(uri = "/promo-code", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "Take the promo code off my cart")
    @ApiResponse(responseCode = "200", description = "The cart")
    public CartView removePromoCode(Authentication authentication) {
        return CartView.of(changes.removePromoCode(CurrentUser.id(authentication)));
    }

    private static ProductId product(long raw) {
        if (raw < 1) {
            throw NotFoundException.notInCart(raw);
        }
        return ProductId.of(raw);
    }
}

package turgus.web.shopping;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.order.port.in.BrowseOrdersQuery;
import turgus.application.order.port.in.CheckoutCommand;
import turgus.application.order.port.in.CheckoutUseCase;
import turgus.application.order.port.in.ShowOrderQuery;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.PageView;
import turgus.web.platform.Paging;
import turgus.web.security.CurrentUser;
import turgus.web.shopping.ShoppingViews.OrderView;

/** Checkout and the signed-in customer's own orders. */
@Controller("/api/orders")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Orders")
@ErrorResponses.SignInRequired
public class OrderController {
    private final CheckoutUseCase checkout;
    private final BrowseOrdersQuery orders;
    private final ShowOrderQuery order;

    public OrderController(CheckoutUseCase checkout, BrowseOrdersQuery orders, ShowOrderQuery order) {
        this.checkout = checkout;
        this.orders = orders;
        this.order = order;
    }

    @Post(produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Pay my cart from my balance",
            description = "In one step: stock taken, balance debited, the order written with its prices and"
                    + " discounts, the cart emptied. No body: the order is the cart. An empty cart (CART_EMPTY) or"
                    + " a promo code used up meanwhile (PROMO_CODE_USED_UP) is a 400.")
    @ApiResponse(responseCode = "201", description = "The order, PAID")
    @ErrorResponses.InvalidFields
    @ErrorResponses.InsufficientBalance
    @ErrorResponses.OutOfStock
    @ErrorResponses.IdempotencyKeyReused
    public HttpResponse<OrderView> checkout(
            Authentication authentication,
            @Nullable @Header(ApiDocs.IDEMPOTENCY_KEY) @Parameter(description = ApiDocs.IDEMPOTENCY_KEY_DESCRIPTION)
                    String idempotencyKey) {
        CheckoutCommand command = CheckoutCommand.of(CurrentUser.id(authentication), idempotencyKey);
        return HttpResponse.<OrderView>status(HttpStatus.CREATED).body(OrderView.of(checkout.checkout(command)));
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "My orders", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "A page of my orders")
    @ErrorResponses.BadQuery
    public PageView<OrderView> list(Authentication authentication, @RequestBean Paging paging) {
        return PageView.of(orders.ordersOf(CurrentUser.id(authentication), paging.toRequest()), OrderView::of);
    }

    @Get(uri = "/{id}", produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "One of my orders")
    @ApiResponse(responseCode = "200", description = "The order")
    @ErrorResponses.IdNotANumber
    @ErrorResponses.UnknownOrder
    public OrderView show(Authentication authentication, @PathVariable long id) {
        return OrderView.of(order.show(CurrentUser.id(authentication), OrderIds.of(id)));
    }
}

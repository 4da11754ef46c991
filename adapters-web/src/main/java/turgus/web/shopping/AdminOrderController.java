package turgus.web.shopping;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.annotation.RequestBean;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import turgus.application.order.port.in.BrowseAllOrdersQuery;
import turgus.application.order.port.in.RefundOrderUseCase;
import turgus.web.platform.ErrorResponses;
import turgus.web.platform.PageView;
import turgus.web.platform.Paging;
import turgus.web.security.CurrentUser;
import turgus.web.shopping.ShoppingViews.AdminOrderView;
import turgus.web.shopping.ShoppingViews.OrderView;

/** Every customer's orders, and refunds. */
@Controller("/api/admin/orders")
@Secured("ADMIN")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Admin: orders")
@ErrorResponses.AdminOnly
public class AdminOrderController {
    private final BrowseAllOrdersQuery orders;
    private final RefundOrderUseCase refunds;

    public AdminOrderController(BrowseAllOrdersQuery orders, RefundOrderUseCase refunds) {
        this.orders = orders;
        this.refunds = refunds;
    }

    @Get(produces = MediaType.APPLICATION_JSON)
    @Operation(summary = "All orders with their customers", description = "Newest first.")
    @ApiResponse(responseCode = "200", description = "A page of orders")
    @ErrorResponses.BadQuery
    public PageView<AdminOrderView> list(
            @RequestBean Paging paging,
            @Nullable @QueryValue("q") @Parameter(description = "A customer's email or name, or an order id")
                    String q) {
        return PageView.of(orders.browseAll(q, paging.toRequest()), AdminOrderView::of);
    }

    @Post(uri = "/{id}/refund", produces = MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Refund an order",
            description = "Its total back to the customer's balance (in the ledger), its items back to stock. An"
                    + " order refunded already is a 409 ALREADY_REFUNDED.")
    @ApiResponse(responseCode = "200", description = "The order, REFUNDED")
    @ErrorResponses.UnknownOrder
    @ErrorResponses.Conflict
    public OrderView refund(@PathVariable long id, Authentication authentication) {
        return OrderView.of(refunds.refund(OrderIds.of(id), CurrentUser.id(authentication)));
    }
}

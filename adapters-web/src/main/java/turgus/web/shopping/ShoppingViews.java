package turgus.web.shopping;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import turgus.application.ledger.LedgerEntry;
import turgus.application.ledger.port.in.TopUpResult;
import turgus.application.order.CustomerOrder;
import turgus.domain.cart.PricedCart;
import turgus.domain.cart.PricedLine;
import turgus.domain.discount.AppliedDiscount;
import turgus.domain.discount.PromoCodeCheck;
import turgus.domain.ledger.Balance;
import turgus.domain.ledger.BalanceMovement;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.order.Order;
import turgus.domain.order.OrderLine;
import turgus.domain.shared.Money;
import turgus.web.platform.RefusalMessages;

/** What the shopping routes answer: money as JSON numbers in EUR with at most 2 decimals. */
public final class ShoppingViews {
    private ShoppingViews() {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Balance")
    public record BalanceView(
            @Schema(description = "EUR, at most 2 decimals", example = "42.5")
            BigDecimal balance,

            @Schema(example = "EUR") String currency) {

        public static BalanceView of(Balance balance) {
            return new BalanceView(balance.amount().amount(), Money.CURRENCY);
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "BalanceTransaction", description = "One line of the balance's ledger")
    public record TransactionView(
            long id,

            @Schema(allowableValues = {"TOP_UP", "PURCHASE", "REFUND", "ADJUSTMENT"})
            String type,

            @Schema(description = "Signed: money in is positive, money out negative")
            BigDecimal amount,

            BigDecimal balanceAfter,
            Instant createdAt,

            @Nullable @Schema(description = "The order paid or refunded")
            Long orderId,

            @Nullable @Schema(description = "An admin's reason for an adjustment")
            String note) {

        public static TransactionView of(LedgerEntry entry) {
            BalanceMovement movement = entry.movement();
            return new TransactionView(
                    entry.id(),
                    movement.type().name(),
                    movement.amount().amount(),
                    movement.balanceAfter().amount(),
                    movement.at(),
                    movement.order().map(order -> order.value()).orElse(null),
                    movement.noteText().orElse(null));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "TopUp", description = "The balance right after a top-up, and the top-up itself")
    public record TopUpView(BigDecimal balance, TransactionView transaction) {
        public static TopUpView of(TopUpResult result) {
            return new TopUpView(result.balance().amount().amount(), TransactionView.of(result.transaction()));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "AppliedDiscount", description = "A discount taken off the subtotal")
    public record DiscountView(
            @Schema(description = "The discount in English words", example = "Loyalty discount (Gold) 7%")
            String label,

            BigDecimal amount,

            @Schema(allowableValues = {"SALE", "LOYALTY", "PROMO_CODE"})
            String kind,

            @Nullable
            @Schema(
                    description = "The product on sale, the loyalty tier or the promo code; null on orders paid"
                            + " before discounts were stored by name (then only the label is known)",
                    example = "Gold")
            String name,

            @Nullable @Schema(description = "The percent off, when the discount is one", example = "7")
            Integer percent) {

        static List<DiscountView> of(List<AppliedDiscount> discounts) {
            return discounts.stream()
                    .map(discount -> new DiscountView(
                            labelOf(discount),
                            discount.amount().amount(),
                            discount.kind().name(),
                            discount.knownName().orElse(null),
                            discount.percent()))
                    .toList();
        }

        /** The English words: "Sale 20%: Green tea", "Loyalty discount (Gold) 7%", "Promo code SPRING (10%)". */
        static String labelOf(AppliedDiscount discount) {
            if (discount.worded()) {
                return discount.name();
            }
            String percent = discount.percent() == null ? "" : discount.percent() + "%";
            return switch (discount.kind()) {
                case SALE -> "Sale " + percent + ": " + discount.name();
                case LOYALTY ->
                    LoyaltyPolicy.LOYAL.equals(discount.name())
                            ? "Loyalty discount " + percent
                            : "Loyalty discount (" + discount.name() + ") " + percent;
                case PROMO_CODE ->
                    "Promo code " + discount.name() + " ("
                            + (discount.percent() == null ? discount.amount().toString() : percent) + ")";
            };
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CartLine")
    public record CartLineView(
            long productId,
            String name,

            @Schema(description = "The price per item now, the sale price while a sale runs")
            BigDecimal unitPrice,

            int quantity,
            BigDecimal lineTotal,

            @Schema(description = "False when the product ran out (below this quantity) or was withdrawn")
            boolean available) {

        static CartLineView of(PricedLine line) {
            return new CartLineView(
                    line.productId().value(),
                    line.name(),
                    line.unitPrice().amount(),
                    line.quantity(),
                    line.lineTotal().amount(),
                    line.available());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Cart", description = "The saved cart priced now; total = subtotal minus the discounts")
    public record CartView(
            List<CartLineView> lines,

            @Schema(description = "The sum of the available lines")
            BigDecimal subtotal,

            List<DiscountView> discounts,
            BigDecimal total,

            @Nullable @Schema(description = "The promo code the cart names, or null")
            String promoCode,

            @Nullable @Schema(description = "Why the named promo code does not apply now, or null")
            PromoCodeProblemView promoCodeProblem,

            @Schema(example = "EUR") String currency) {

        public static CartView of(PricedCart cart) {
            return new CartView(
                    cart.lines().stream().map(CartLineView::of).toList(),
                    cart.subtotal().amount(),
                    DiscountView.of(cart.discounts()),
                    cart.total().amount(),
                    cart.promoCode().orElse(null),
                    cart.promoCodeCheck().flatMap(PromoCodeProblemView::of).orElse(null),
                    cart.currency());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(
            name = "PromoCodeProblem",
            description = "Why a cart's promo code does not apply: the same reason, details and words as the"
                    + " refusal a checkout or PUT /api/cart/promo-code would give")
    public record PromoCodeProblemView(
            @Schema(
                    description = "PROMO_CODE_UNKNOWN, PROMO_CODE_NOT_YET_VALID, PROMO_CODE_EXPIRED,"
                            + " PROMO_CODE_USED_UP or PROMO_CODE_MINIMUM_NOT_MET",
                    example = "PROMO_CODE_EXPIRED")
            String reason,

            @Schema(
                    description = "The code, and the minimum order total when that is the problem",
                    additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
                    example = "{\"code\": \"SPRING10\"}")
            Map<String, Object> details,

            @Schema(description = "The problem in English words")
            String message) {

        static Optional<PromoCodeProblemView> of(PromoCodeCheck check) {
            return check.refusalReason()
                    .map(reason -> new PromoCodeProblemView(
                            reason.name(), check.details(), RefusalMessages.promoCodeProblem(reason, check.details())));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "OrderLine", description = "A line as it was bought")
    public record OrderLineView(long productId, String name, BigDecimal unitPrice, int quantity, BigDecimal lineTotal) {
        static OrderLineView of(OrderLine line) {
            return new OrderLineView(
                    line.productId().value(),
                    line.name(),
                    line.unitPrice().amount(),
                    line.quantity(),
                    line.lineTotal().amount());
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "Order", description = "An order as it was paid: prices and discounts of that moment")
    public record OrderView(
            long id,
            @Schema(allowableValues = {"PAID", "REFUNDED"}) String status,
            List<OrderLineView> lines,
            BigDecimal subtotal,
            List<DiscountView> discounts,
            BigDecimal total,
            @Nullable String promoCode,
            Instant createdAt,
            @Nullable Instant refundedAt) {

        public static OrderView of(Order order) {
            return new OrderView(
                    order.requireId().value(),
                    order.status().name(),
                    order.lines().stream().map(OrderLineView::of).toList(),
                    order.subtotal().amount(),
                    DiscountView.of(order.discounts()),
                    order.total().amount(),
                    order.promoCode().orElse(null),
                    order.createdAt(),
                    order.refundedAt().orElse(null));
        }
    }

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "OrderCustomer", description = "Who placed an order, as they were named then")
    public record CustomerView(@Nullable Long id, String fullName, String email) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    @Schema(name = "CustomerOrder", description = "An order with its customer, for admins")
    public record AdminOrderView(
            long id,
            String status,
            CustomerView customer,
            List<OrderLineView> lines,
            BigDecimal subtotal,
            List<DiscountView> discounts,
            BigDecimal total,
            @Nullable String promoCode,
            Instant createdAt,
            @Nullable Instant refundedAt) {

        public static AdminOrderView of(CustomerOrder customerOrder) {
            OrderView order = OrderView.of(customerOrder.order());
            return new AdminOrderView(
                    order.id(),
                    order.status(),
                    new CustomerView(
                            customerOrder.order().customer() == null
                                    ? null
                                    : customerOrder.order().customer().value(),
                            customerOrder.customerName(),
                            customerOrder.customerEmail()),
                    order.lines(),
                    order.subtotal(),
                    order.discounts(),
                    order.total(),
                    order.promoCode(),
                    order.createdAt(),
                    order.refundedAt());
        }
    }
}

package turgus.domain.order;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.account.UserId;
import turgus.domain.cart.InsufficientStock;
import turgus.domain.cart.PricedCart;
import turgus.domain.cart.PricedLine;
import turgus.domain.discount.AppliedDiscount;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.InvalidValueException;
import turgus.domain.shared.Money;
import turgus.domain.shared.RefusalReason;

/**
 * A purchase as it was paid: its lines, subtotal, discounts and total are a snapshot of the moment,
 * so that later price changes, sales or discount rules never change it. Immutable; a refund answers a
 * new order, and happens once only.
 */
public final class Order {
    private final OrderId id;
    private final UserId customer;
    private final List<OrderLine> lines;
    private final Money subtotal;
    private final List<AppliedDiscount> discounts;
    private final Money total;
    private final String promoCode;
    private final OrderStatus status;
    private final Instant createdAt;
    private final Instant refundedAt;

    private Order(
            OrderId id,
            UserId customer,
            List<OrderLine> lines,
            Money subtotal,
            List<AppliedDiscount> discounts,
            Money total,
            String promoCode,
            OrderStatus status,
            Instant createdAt,
            Instant refundedAt) {
        this.id = id;
        this.customer = Objects.requireNonNull(customer, "customer");
        this.lines = List.copyOf(lines);
        this.subtotal = Objects.requireNonNull(subtotal, "subtotal");
        this.discounts = List.copyOf(discounts);
        this.total = Objects.requireNonNull(total, "total");
        this.promoCode = promoCode;
        this.status = Objects.requireNonNull(status, "status");
        this.createdAt = Objects.requireNonNull(createdAt, "createdAt");
        this.refundedAt = refundedAt;
        if (this.lines.isEmpty()) {
            throw new IllegalArgumentException("An order has at least one line");
        }
        Money sum = this.lines.stream().map(OrderLine::lineTotal).reduce(Money.ZERO, Money::plus);
        Money off = this.discounts.stream().map(AppliedDiscount::amount).reduce(Money.ZERO, Money::plus);
        if (!sum.equals(subtotal) || total.isNegative() || !subtotal.minus(off).equals(total)) {
            throw new IllegalArgumentException("An order's total is the sum of its lines less its discounts");
        }
        if ((status == OrderStatus.REFUNDED) != (refundedAt != null)) {
            throw new IllegalArgumentException("A refunded order, and only one, has a refund time");
        }
    }

    /** The refusal of a checkout with nothing to buy ({@code CART_EMPTY}). */
    public static InvalidValueException emptyCart() {
        return InvalidValueException.because(RefusalReason.CART_EMPTY, Map.of(), "cart", FieldRule.CART_EMPTY);
    }

    /**
     * The order for a priced cart, paid at {@code now}. An empty cart is refused, and so is a cart with a
     * line that cannot be bought: {@link InsufficientStock} names its product and what is left.
     */
    public static Order place(PricedCart cart, Instant now) {
        Objects.requireNonNull(cart, "cart");
        Objects.requireNonNull(now, "now");
        if (cart.isEmpty()) {
            throw emptyCart();
        }
        for (PricedLine line : cart.lines()) {
            if (!line.available()) {
                throw new InsufficientStock(line.productId(), line.name(), line.quantity(), line.inStock());
            }
        }
        List<OrderLine> lines = cart.lines().stream()
                .map(line -> new OrderLine(
                        line.productId(),
                        line.name(),
                        line.regularUnitPrice(),
                        line.unitPrice(),
                        line.quantity(),
                        line.lineTotal()))
                .toList();
        return new Order(
                null,
                cart.owner(),
                lines,
                cart.subtotal(),
                cart.discounts(),
                cart.total(),
                cart.appliedPromoCode().orElse(null),
                OrderStatus.PAID,
                now,
                null);
    }

    /** Rebuilds a stored order. */
    public static Order restore(
            OrderId id,
            UserId customer,
            List<OrderLine> lines,
            Money subtotal,
            List<AppliedDiscount> discounts,
            Money total,
            String promoCode,
            OrderStatus status,
            Instant createdAt,
            Instant refundedAt) {
        return new Order(
                Objects.requireNonNull(id, "id"),
                customer,
                lines,
                subtotal,
                discounts,
                total,
                promoCode,
                status,
                createdAt,
                refundedAt);
    }

    /**
     * This order refunded at {@code now}: the total goes back to the customer's balance and the items
     * back to stock. A second refund is refused with {@link AlreadyRefunded}.
     */
    public Order refund(Instant now) {
        Objects.requireNonNull(now, "now");
        if (status == OrderStatus.REFUNDED) {
            throw new AlreadyRefunded(id);
        }
        return new Order(
                id, customer, lines, subtotal, discounts, total, promoCode, OrderStatus.REFUNDED, createdAt, now);
    }

    /** Whether it counts as a completed purchase (for loyalty): paid and not refunded. */
    public boolean isCompleted() {
        return status == OrderStatus.PAID;
    }

    public boolean isRefunded() {
        return status == OrderStatus.REFUNDED;
    }

    public Optional<OrderId> id() {
        return Optional.ofNullable(id);
    }

    /** The id of a stored order. */
    public OrderId requireId() {
        if (id == null) {
            throw new IllegalStateException("The order has not been stored yet");
        }
        return id;
    }

    public UserId customer() {
        return customer;
    }

    public List<OrderLine> lines() {
        return lines;
    }

    public Money subtotal() {
        return subtotal;
    }

    public List<AppliedDiscount> discounts() {
        return discounts;
    }

    public Money total() {
        return total;
    }

    /** The promo code the order used, to count its use; empty when none applied. */
    public Optional<String> promoCode() {
        return Optional.ofNullable(promoCode);
    }

    public OrderStatus status() {
        return status;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Optional<Instant> refundedAt() {
        return Optional.ofNullable(refundedAt);
    }

    public int itemCount() {
        return lines.stream().mapToInt(OrderLine::quantity).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Order that
                && Objects.equals(id, that.id)
                && customer.equals(that.customer)
                && lines.equals(that.lines)
                && subtotal.equals(that.subtotal)
                && discounts.equals(that.discounts)
                && total.equals(that.total)
                && Objects.equals(promoCode, that.promoCode)
                && status == that.status
                && createdAt.equals(that.createdAt)
                && Objects.equals(refundedAt, that.refundedAt);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, customer, total, status, createdAt);
    }

    @Override
    public String toString() {
        return "Order[" + id + ", " + customer + ", " + total + ", " + status + "]";
    }
}

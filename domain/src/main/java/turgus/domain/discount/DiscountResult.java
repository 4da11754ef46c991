package turgus.domain.discount;

import java.util.List;
import java.util.Objects;
import turgus.domain.shared.Money;

/**
 * A subtotal, the discounts taken off it and what is left to pay: {@code total = subtotal − the
 * discounts}, never below zero.
 */
public record DiscountResult(Money subtotal, List<AppliedDiscount> discounts, Money total) {
    public DiscountResult {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(total, "total");
        discounts = List.copyOf(discounts);
        Money off = discounts.stream().map(AppliedDiscount::amount).reduce(Money.ZERO, Money::plus);
        if (total.isNegative() || !subtotal.minus(off).equals(total)) {
            throw new IllegalArgumentException("The total is the subtotal less its discounts, never negative");
        }
    }

    /** What the discounts take off in all. */
    public Money discountTotal() {
        return subtotal.minus(total);
    }

    public boolean includes(DiscountKind kind) {
        return discounts.stream().anyMatch(d -> d.kind() == kind);
    }
}

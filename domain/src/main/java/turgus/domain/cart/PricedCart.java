package turgus.domain.cart;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.account.UserId;
import turgus.domain.discount.AppliedDiscount;
import turgus.domain.discount.DiscountKind;
import turgus.domain.discount.DiscountResult;
import turgus.domain.discount.PromoCodeCheck;
import turgus.domain.shared.Money;

/**
 * A cart priced at one moment, as the customer sees it: every line with its price and availability,
 * the subtotal of the lines that can be bought, the discount on it and the total. Lines that cannot be
 * bought are shown and flagged but count for nothing.
 *
 * @param promoCodeCheck the cart's promo code and whether it can be used now; empty without a code
 */
public record PricedCart(
        UserId owner, List<PricedLine> lines, DiscountResult pricing, Optional<PromoCodeCheck> promoCodeCheck) {

    public PricedCart {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(pricing, "pricing");
        Objects.requireNonNull(promoCodeCheck, "promoCodeCheck");
        lines = List.copyOf(lines);
        Money available = lines.stream()
                .filter(PricedLine::available)
                .map(PricedLine::lineTotal)
                .reduce(Money.ZERO, Money::plus);
        if (!available.equals(pricing.subtotal())) {
            throw new IllegalArgumentException("The subtotal is the sum of the available lines");
        }
    }

    /** The sum of the lines that can be bought, at the prices paid (sale prices included). */
    public Money subtotal() {
        return pricing.subtotal();
    }

    /** The discounts taken off the subtotal (at most one, see the discount rule). */
    public List<AppliedDiscount> discounts() {
        return pricing.discounts();
    }

    /** What the order costs: zero for an empty cart, never negative. */
    public Money total() {
        return pricing.total();
    }

    public String currency() {
        return Money.CURRENCY;
    }

    public boolean isEmpty() {
        return lines.isEmpty();
    }

    /** Every sale on an available line, then the discounts on the subtotal: all the cart saves. */
    public List<AppliedDiscount> allDiscounts() {
        List<AppliedDiscount> all = new ArrayList<>();
        lines.stream().filter(PricedLine::available).forEach(line -> line.sale().ifPresent(all::add));
        all.addAll(pricing.discounts());
        return List.copyOf(all);
    }

    public List<PricedLine> unavailableLines() {
        return lines.stream().filter(line -> !line.available()).toList();
    }

    public boolean hasUnavailableLines() {
        return lines.stream().anyMatch(line -> !line.available());
    }

    /** The promo code the cart names, whether or not it can be used. */
    public Optional<String> promoCode() {
        return promoCodeCheck.map(PromoCodeCheck::code);
    }

    /** The promo code the total includes; empty when none was entered, it cannot be used or loyalty is better. */
    public Optional<String> appliedPromoCode() {
        return pricing.includes(DiscountKind.PROMO_CODE) ? promoCode() : Optional.empty();
    }
}

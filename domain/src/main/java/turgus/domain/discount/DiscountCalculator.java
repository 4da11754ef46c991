package turgus.domain.discount;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.shared.Money;

/**
 * How discounts combine. The one rule of the shop:
 *
 * <ol>
 *   <li><b>Sales are prices.</b> A product on sale is priced at its sale price on its line (the cut
 *       rounded half-even to the cent, per unit); the subtotal is the sum of the lines at those
 *       prices. The cart and the order show the sale on its line; it is not taken off again.
 *   <li><b>One discount on the subtotal: the best.</b> Every other rule (loyalty, promo code) offers
 *       an amount off the subtotal; only the largest offer applies, never two. On equal offers the
 *       rule listed first wins (the cart lists loyalty before the promo code, so a tie keeps the code
 *       unused).
 *   <li><b>Cents, half-even.</b> A percent off is rounded half-even to the cent.
 *   <li><b>Never below zero.</b> A fixed amount larger than the subtotal takes off the subtotal and no
 *       more: the total is then zero.
 * </ol>
 *
 * <p>An empty cart totals zero and gets no discount.
 */
public final class DiscountCalculator {

    /** The discount that applies to {@code subtotal} at {@code now}, and what is left to pay. */
    public DiscountResult calculate(Money subtotal, List<? extends DiscountRule> rules, Instant now) {
        Objects.requireNonNull(subtotal, "subtotal");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(now, "now");
        if (subtotal.isNegative()) {
            throw new IllegalArgumentException("A subtotal is never negative: " + subtotal);
        }
        AppliedDiscount best = null;
        for (DiscountRule rule : rules) {
            Optional<AppliedDiscount> offer = rule.offerOn(subtotal, now);
            if (offer.isEmpty() || !subtotal.isPositive()) {
                continue;
            }
            AppliedDiscount held = heldToSubtotal(offer.get(), subtotal);
            if (best == null || held.amount().isGreaterThan(best.amount())) {
                best = held;
            }
        }
        if (best == null) {
            return new DiscountResult(subtotal, List.of(), subtotal);
        }
        return new DiscountResult(subtotal, List.of(best), subtotal.minus(best.amount()));
    }

    private static AppliedDiscount heldToSubtotal(AppliedDiscount offer, Money subtotal) {
        return offer.amount().isGreaterThan(subtotal) ? offer.takingOff(subtotal) : offer;
    }
}

package turgus.domain.discount;

import java.time.Instant;
import java.util.Optional;
import turgus.domain.shared.Money;

/**
 * One reason to take something off an order's subtotal. A rule only offers; {@link
 * DiscountCalculator} decides which offer applies.
 */
public interface DiscountRule {
    /**
     * What this rule would take off {@code subtotal} at {@code now}, never more than the subtotal;
     * empty when it does not apply or would take nothing off.
     */
    Optional<AppliedDiscount> offerOn(Money subtotal, Instant now);
}

package turgus.domain.discount;

import java.util.Objects;
import java.util.Optional;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.loyalty.LoyaltyStatus;

/**
 * What a customer's order may be discounted by besides sales: their loyalty status and the promo code
 * their cart names, if such a code exists (a code that does not match the cart's is ignored).
 */
public record DiscountContext(LoyaltyStatus loyalty, Optional<PromoCode> promoCode) {
    public DiscountContext {
        Objects.requireNonNull(loyalty, "loyalty");
        Objects.requireNonNull(promoCode, "promoCode");
    }

    /** A customer who is not loyal, with no promo code. */
    public static DiscountContext none() {
        return new DiscountContext(LoyaltyStatus.newCustomer(LoyaltyPolicy.DEFAULT), Optional.empty());
    }

    public static DiscountContext of(LoyaltyStatus loyalty, PromoCode promoCode) {
        return new DiscountContext(loyalty, Optional.ofNullable(promoCode));
    }
}

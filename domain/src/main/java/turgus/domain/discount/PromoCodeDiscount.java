package turgus.domain.discount;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.shared.Money;

/** A promo code's percent or fixed amount off the subtotal, while the code may be used. */
public record PromoCodeDiscount(PromoCode promoCode) implements DiscountRule {
    public PromoCodeDiscount {
        Objects.requireNonNull(promoCode, "promoCode");
    }

    @Override
    public Optional<AppliedDiscount> offerOn(Money subtotal, Instant now) {
        if (!promoCode.checkApplicable(subtotal, now).isApplicable()) {
            return Optional.empty();
        }
        Money amount = promoCode.discountOn(subtotal);
        return amount.isPositive()
                ? Optional.of(AppliedDiscount.of(
                        DiscountKind.PROMO_CODE,
                        promoCode.code(),
                        promoCode.percent().isPresent() ? promoCode.percent().getAsInt() : null,
                        amount))
                : Optional.empty();
    }
}

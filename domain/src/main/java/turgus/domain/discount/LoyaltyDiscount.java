package turgus.domain.discount;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.loyalty.LoyaltyStatus;
import turgus.domain.shared.Money;

/** The loyalty level's percent off the subtotal, for a loyal customer only. */
public record LoyaltyDiscount(LoyaltyStatus status) implements DiscountRule {
    public LoyaltyDiscount {
        Objects.requireNonNull(status, "status");
    }

    @Override
    public Optional<AppliedDiscount> offerOn(Money subtotal, Instant now) {
        if (!status.loyal()) {
            return Optional.empty();
        }
        Money amount = subtotal.percent(status.discountPercent());
        return amount.isPositive()
                ? Optional.of(AppliedDiscount.of(DiscountKind.LOYALTY, status.tier(), status.discountPercent(), amount))
                : Optional.empty();
    }
}

package turgus.domain.discount;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.loyalty.LoyaltyPolicy;
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
                ? Optional.of(new AppliedDiscount(DiscountKind.LOYALTY, label(), amount))
                : Optional.empty();
    }

    private String label() {
        String level = LoyaltyPolicy.LOYAL.equals(status.tier()) ? "" : " (" + status.tier() + ")";
        return "Loyalty discount" + level + " " + status.discountPercent() + "%";
    }
}

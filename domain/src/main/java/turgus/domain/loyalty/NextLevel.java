package turgus.domain.loyalty;

import java.util.Objects;
import turgus.domain.shared.Money;

/**
 * The next loyalty level and what reaches it: {@code ordersToGo} more completed orders <em>or</em>
 * {@code spendToGo} more spent, whichever comes first.
 */
public record NextLevel(String tier, int ordersToGo, Money spendToGo) {
    public NextLevel {
        Objects.requireNonNull(tier, "tier");
        Objects.requireNonNull(spendToGo, "spendToGo");
        if (ordersToGo < 1 || !spendToGo.isPositive()) {
            throw new IllegalArgumentException("A level not yet reached is still some way off");
        }
    }
}

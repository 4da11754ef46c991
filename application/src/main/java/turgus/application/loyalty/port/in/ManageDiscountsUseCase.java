package turgus.application.loyalty.port.in;

import java.math.BigDecimal;
import java.util.List;
import turgus.domain.account.UserId;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.loyalty.LoyaltyTier;

/**
 * The admins' loyalty rule: who is loyal, for what percent, and the further tiers. A change names
 * the admin who makes it, for the event log.
 */
public interface ManageDiscountsUseCase {
    LoyaltyPolicy loyaltyPolicy();

    /** New thresholds and percent for being loyal; the tiers stay (and must still lie above). */
    LoyaltyPolicy changeLoyaltyRule(
            Integer minCompletedOrders, BigDecimal minTotalSpent, Integer percent, UserId admin);

    /** Replaces the further tiers, lowest first. */
    LoyaltyPolicy changeTiers(List<LoyaltyTier> tiers, UserId admin);
}

package turgus.application.loyalty.port.in;

import turgus.domain.account.UserId;
import turgus.domain.loyalty.LoyaltyStatus;

/**
 * Where a customer stands: completed orders are their PAID orders (a refunded order no longer
 * counts), total spent is the sum of those orders' totals.
 */
public interface ShowLoyaltyQuery {
    LoyaltyStatus statusOf(UserId customer);
}

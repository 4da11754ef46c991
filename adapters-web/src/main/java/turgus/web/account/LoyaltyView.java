package turgus.web.account;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.loyalty.LoyaltyStatus;

/** Where a customer stands in the loyalty programme, and how far the next level is. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Loyalty")
public record LoyaltyView(
        boolean loyal,

        @Nullable @Schema(description = "The level reached, e.g. \"Loyal\"; null when not loyal")
        String tier,

        @Schema(description = "Percent off every order; 0 when not loyal")
        int discountPercent,

        @Schema(description = "Paid orders (a refunded order no longer counts)")
        int completedOrders,

        @Schema(description = "EUR spent on those orders") BigDecimal totalSpent,

        @Nullable @Schema(description = "Orders still needed for the next level; null at the highest level")
        Integer ordersToNext,

        @Nullable @Schema(description = "EUR still to spend for the next level; null at the highest level")
        BigDecimal spendToNext,

        @Nullable @Schema(description = "The next level's name (\"Loyal\" before the first); null at the highest level")
        String nextTier,

        @Schema(description = "How far the next level is, in English words")
        String progress) {

    public static LoyaltyView of(LoyaltyStatus status) {
        boolean highest = status.nextLevel().isEmpty();
        return new LoyaltyView(
                status.loyal(),
                status.tier(),
                status.discountPercent(),
                status.completedOrders(),
                status.totalSpent().amount(),
                highest ? null : status.ordersToNext(),
                highest ? null : status.spendToNext().amount(),
                status.nextTier().orElse(null),
                progressOf(status));
    }

    /**
     * "2 more orders or 120.01 EUR to become loyal", "1 more order or 0.01 EUR to reach Gold", "You
     * have reached the highest level".
     */
    static String progressOf(LoyaltyStatus status) {
        if (status.nextTier().isEmpty()) {
            return "You have reached the highest level";
        }
        String next = status.nextTier().get();
        int orders = status.ordersToNext();
        String toGo = orders == 1 ? "1 more order" : orders + " more orders";
        String goal = LoyaltyPolicy.LOYAL.equals(next) ? "become loyal" : "reach " + next;
        return toGo + " or " + status.spendToNext() + " to " + goal;
    }
}

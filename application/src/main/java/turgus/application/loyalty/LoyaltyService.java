package turgus.application.loyalty;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import turgus.application.loyalty.port.in.ManageDiscountsUseCase;
import turgus.application.loyalty.port.in.ShowLoyaltyQuery;
import turgus.application.loyalty.port.out.LoyaltySettingsRepository;
import turgus.application.order.PurchaseStats;
import turgus.application.order.port.out.OrderRepository;
import turgus.domain.account.UserId;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.loyalty.LoyaltyStatus;
import turgus.domain.loyalty.LoyaltyTier;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.Money;

/** Loyalty status from a customer's paid orders, and the admins' loyalty rule. */
@Singleton
public final class LoyaltyService implements ShowLoyaltyQuery, ManageDiscountsUseCase {
    private final LoyaltySettingsRepository settings;
    private final OrderRepository orders;

    public LoyaltyService(LoyaltySettingsRepository settings, OrderRepository orders) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.orders = Objects.requireNonNull(orders, "orders");
    }

    @Override
    public LoyaltyStatus statusOf(UserId customer) {
        PurchaseStats stats = orders.purchaseStatsOf(customer);
        return settings.load().statusOf(stats.completedOrders(), stats.totalSpent());
    }

    @Override
    public LoyaltyPolicy loyaltyPolicy() {
        return settings.load();
    }

    @Override
    public LoyaltyPolicy changeLoyaltyRule(Integer minCompletedOrders, BigDecimal minTotalSpent, Integer percent) {
        FieldValidation validation = new FieldValidation();
        if (minCompletedOrders == null) {
            validation.reject("minCompletedOrders", "is required");
        }
        if (percent == null) {
            validation.reject("percent", "is required");
        }
        Money spent = validation.check(() -> Money.parse("minTotalSpent", minTotalSpent));
        validation.throwIfInvalid();
        LoyaltyPolicy changed = settings.load().withLoyalRule(minCompletedOrders, spent, percent);
        settings.save(changed);
        return changed;
    }

    @Override
    public LoyaltyPolicy changeTiers(List<LoyaltyTier> tiers) {
        LoyaltyPolicy changed = settings.load().withTiers(tiers == null ? List.of() : tiers);
        settings.save(changed);
        return changed;
    }
}

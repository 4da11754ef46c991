package turgus.application.loyalty;

import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import turgus.application.audit.port.out.AuditEvent;
import turgus.application.audit.port.out.AuditEventType;
import turgus.application.audit.port.out.AuditLog;
import turgus.application.audit.port.out.EventDetails;
import turgus.application.loyalty.port.in.ManageDiscountsUseCase;
import turgus.application.loyalty.port.in.ShowLoyaltyQuery;
import turgus.application.loyalty.port.out.LoyaltySettingsRepository;
import turgus.application.shared.Transactions;
import turgus.domain.account.UserId;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.loyalty.LoyaltyStatus;
import turgus.domain.loyalty.LoyaltyTier;
import turgus.domain.shared.FieldRule;
import turgus.domain.shared.FieldValidation;
import turgus.domain.shared.Money;

/**
 * Loyalty status from a customer's paid orders, and the admins' loyalty rule, whose changes are
 * written to the event log (before and after) in their transaction.
 */
@Singleton
public final class LoyaltyService implements ShowLoyaltyQuery, ManageDiscountsUseCase {
    private final LoyaltySettingsRepository settings;
    private final AuditLog audit;
    private final Transactions transactions;
    private final Clock clock;

    public LoyaltyService(LoyaltySettingsRepository settings, AuditLog audit, Transactions transactions, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public LoyaltyStatus statusOf(UserId customer) {
        return settings.loadWithPurchasesOf(customer).status();
    }

    @Override
    public LoyaltyPolicy loyaltyPolicy() {
        return settings.load();
    }

    @Override
    public LoyaltyPolicy changeLoyaltyRule(
            Integer minCompletedOrders, BigDecimal minTotalSpent, Integer percent, UserId admin) {
        FieldValidation validation = new FieldValidation();
        if (minCompletedOrders == null) {
            validation.reject("minCompletedOrders", FieldRule.REQUIRED);
        }
        if (percent == null) {
            validation.reject("percent", FieldRule.REQUIRED);
        }
        Money spent = validation.check(() -> Money.parse("minTotalSpent", minTotalSpent));
        validation.throwIfInvalid();
        return transactions.inTransaction(() -> {
            LoyaltyPolicy before = settings.load();
            LoyaltyPolicy changed = before.withLoyalRule(minCompletedOrders, spent, percent);
            settings.save(changed);
            record(
                    AuditEventType.LOYALTY_RULE_CHANGED,
                    admin,
                    EventDetails.empty()
                            .change("minCompletedOrders", before.minCompletedOrders(), changed.minCompletedOrders())
                            .change("minTotalSpent", before.minTotalSpent(), changed.minTotalSpent())
                            .change("percent", before.percent(), changed.percent()));
            return changed;
        });
    }

    @Override
    public LoyaltyPolicy changeTiers(List<LoyaltyTier> tiers, UserId admin) {
        return transactions.inTransaction(() -> {
            LoyaltyPolicy before = settings.load();
            LoyaltyPolicy changed = before.withTiers(tiers == null ? List.of() : tiers);
            settings.save(changed);
            record(
                    AuditEventType.LOYALTY_TIERS_CHANGED,
                    admin,
                    EventDetails.of("count", changed.tiers().size())
                            .change("tiers", describe(before.tiers()), describe(changed.tiers())));
            return changed;
        });
    }

    /** The tiers in words: {@code Gold: 10 orders or 1000.00 EUR, 10%; Platinum: …}. */
    private static String describe(List<LoyaltyTier> tiers) {
        return tiers.stream()
                .map(tier -> tier.name() + ": " + tier.minCompletedOrders() + " orders or " + tier.minTotalSpent()
                        + ", " + tier.percent() + "%")
                .collect(Collectors.joining("; "));
    }

    private void record(AuditEventType type, UserId admin, EventDetails details) {
        audit.record(new AuditEvent(
                clock.instant(), type, Objects.requireNonNull(admin, "admin"), null, null, details.toString()));
    }
}

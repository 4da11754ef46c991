package turgus.persistence.loyalty;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import turgus.application.loyalty.port.out.LoyaltySettingsRepository;
import turgus.application.order.PurchaseStats;
import turgus.domain.account.UserId;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.loyalty.LoyaltyTier;
import turgus.domain.shared.Money;
import turgus.persistence.shared.JdbcTransactions;

/** The loyalty rule in the single row of {@code loyalty_settings}, its tiers in {@code loyalty_tiers}. */
@Singleton
public final class JdbcLoyaltySettingsRepository implements LoyaltySettingsRepository {
    private static final int SETTINGS_ID = 1;

    private final LoyaltySettingsRowRepository settings;
    private final LoyaltyTierRowRepository tiers;
    private final LoyaltyPolicyReads policies;
    private final JdbcTransactions transactions;

    JdbcLoyaltySettingsRepository(
            LoyaltySettingsRowRepository settings,
            LoyaltyTierRowRepository tiers,
            LoyaltyPolicyReads policies,
            JdbcTransactions transactions) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.tiers = Objects.requireNonNull(tiers, "tiers");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public LoyaltyPolicy load() {
        return policyOf(policies.policy());
    }

    @Override
    public Standing loadWithPurchasesOf(UserId customer) {
        List<LoyaltyPolicyRow> rows = policies.policyWithPurchasesOf(customer.value());
        LoyaltyPolicyRow first = rows.get(0);
        return new Standing(policyOf(rows), new PurchaseStats(Math.toIntExact(first.paid()), new Money(first.spent())));
    }

    private static LoyaltyPolicy policyOf(List<LoyaltyPolicyRow> rows) {
        LoyaltyPolicyRow first = rows.get(0);
        LoyaltyPolicy base = first.ruleMinCompletedOrders() == null
                ? LoyaltyPolicy.DEFAULT
                : new LoyaltyPolicy(
                        first.ruleMinCompletedOrders(),
                        new Money(first.ruleMinTotalSpent()),
                        first.rulePercent(),
                        List.of());
        return base.withTiers(rows.stream()
                .filter(row -> row.tierNo() != null)
                .map(row -> new LoyaltyTier(
                        row.name(), row.minCompletedOrders(), new Money(row.minTotalSpent()), row.discountPercent()))
                .toList());
    }

    @Override
    public void save(LoyaltyPolicy policy) {
        transactions.run(() -> {
            int changed = settings.updateRule(
                    policy.minCompletedOrders(), policy.minTotalSpent().amount(), policy.percent());
            if (changed == 0) {
                settings.save(new LoyaltySettingsRow(
                        SETTINGS_ID,
                        policy.minCompletedOrders(),
                        policy.minTotalSpent().amount(),
                        policy.percent()));
            }
            tiers.deleteEvery();
            List<LoyaltyTier> policyTiers = policy.tiers();
            for (int i = 0; i < policyTiers.size(); i++) {
                LoyaltyTier tier = policyTiers.get(i);
                tiers.save(new LoyaltyTierRow(
                        i,
                        tier.name(),
                        tier.minCompletedOrders(),
                        tier.minTotalSpent().amount(),
                        tier.percent()));
            }
        });
    }
}

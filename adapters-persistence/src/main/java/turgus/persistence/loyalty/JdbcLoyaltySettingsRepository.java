package turgus.persistence.loyalty;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import turgus.application.loyalty.port.out.LoyaltySettingsRepository;
import turgus.application.shared.Transactions;
import turgus.domain.loyalty.LoyaltyPolicy;
import turgus.domain.loyalty.LoyaltyTier;
import turgus.domain.shared.Money;
import turgus.persistence.shared.Sql;

/** The loyalty rule in the single row of {@code loyalty_settings}, its tiers in {@code loyalty_tiers}. */
@Singleton
public final class JdbcLoyaltySettingsRepository implements LoyaltySettingsRepository {
    private final Sql sql;
    private final Transactions transactions;

    JdbcLoyaltySettingsRepository(Sql sql, Transactions transactions) {
        this.sql = Objects.requireNonNull(sql, "sql");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
    }

    @Override
    public LoyaltyPolicy load() {
        Optional<LoyaltyPolicy> stored = sql.one(
                "SELECT min_completed_orders, min_total_spent, discount_percent FROM loyalty_settings WHERE id = 1",
                row -> new LoyaltyPolicy(
                        row.getInt("min_completed_orders"),
                        new Money(row.getBigDecimal("min_total_spent")),
                        row.getInt("discount_percent"),
                        List.of()));
        List<LoyaltyTier> tiers = sql.list(
                "SELECT name, min_completed_orders, min_total_spent, discount_percent FROM loyalty_tiers ORDER BY tier_no",
                row -> new LoyaltyTier(
                        row.getString("name"),
                        row.getInt("min_completed_orders"),
                        new Money(row.getBigDecimal("min_total_spent")),
                        row.getInt("discount_percent")));
        return stored.orElse(LoyaltyPolicy.DEFAULT).withTiers(tiers);
    }

    @Override
    public void save(LoyaltyPolicy policy) {
        transactions.run(() -> {
            int changed = sql.update(
                    "UPDATE loyalty_settings SET min_completed_orders = ?, min_total_spent = ?, discount_percent = ?"
                            + " WHERE id = 1",
                    policy.minCompletedOrders(),
                    policy.minTotalSpent().amount(),
                    policy.percent());
            if (changed == 0) {
                sql.update(
                        "INSERT INTO loyalty_settings (id, min_completed_orders, min_total_spent, discount_percent)"
                                + " VALUES (1, ?, ?, ?)",
                        policy.minCompletedOrders(),
                        policy.minTotalSpent().amount(),
                        policy.percent());
            }
            sql.update("DELETE FROM loyalty_tiers");
            List<LoyaltyTier> tiers = policy.tiers();
            for (int i = 0; i < tiers.size(); i++) {
                LoyaltyTier tier = tiers.get(i);
                sql.update(
                        "INSERT INTO loyalty_tiers (tier_no, name, min_completed_orders, min_total_spent, discount_percent)"
                                + " VALUES (?, ?, ?, ?, ?)",
                        i,
                        tier.name(),
                        tier.minCompletedOrders(),
                        tier.minTotalSpent().amount(),
                        tier.percent());
            }
        });
    }
}

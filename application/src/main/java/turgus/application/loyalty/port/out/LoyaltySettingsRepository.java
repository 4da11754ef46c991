package turgus.application.loyalty.port.out;

import turgus.domain.loyalty.LoyaltyPolicy;

/** The loyalty rule and its tiers as the admins set them. */
public interface LoyaltySettingsRepository {
    /** The stored rule, or {@link LoyaltyPolicy#DEFAULT} when none is stored. */
    LoyaltyPolicy load();

    /** Replaces the stored rule and all its tiers at once. */
    void save(LoyaltyPolicy policy);
}

package turgus.persistence.loyalty

import spock.lang.Specification
import turgus.application.loyalty.port.out.LoyaltySettingsRepository
import turgus.domain.loyalty.LoyaltyPolicy
import turgus.domain.loyalty.LoyaltyTier
import turgus.domain.shared.Money

/** What every {@link LoyaltySettingsRepository} promises. Each feature starts with no stored rule. */
abstract class LoyaltySettingsRepositoryContract extends Specification {
    abstract LoyaltySettingsRepository getSettings()

    def "without a stored rule, the default applies"() {
        expect:
        settings.load() == LoyaltyPolicy.DEFAULT
    }

    def "a rule with tiers is stored and replaced whole"() {
        given:
        LoyaltyPolicy policy = new LoyaltyPolicy(2, Money.of('300.00'), 4, [
                new LoyaltyTier('Silver', 5, Money.of('1000.00'), 7),
                new LoyaltyTier('Gold', 10, Money.of('3000.00'), 10)])

        when:
        settings.save(policy)

        then:
        settings.load() == policy

        when:
        settings.save(policy.withTiers([]))

        then:
        settings.load() == policy.withTiers([])
    }
}

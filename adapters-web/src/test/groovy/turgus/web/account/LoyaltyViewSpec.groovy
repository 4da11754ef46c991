package turgus.web.account

import spock.lang.Specification
import turgus.domain.loyalty.LoyaltyPolicy
import turgus.domain.loyalty.LoyaltyTier
import turgus.domain.shared.Money

class LoyaltyViewSpec extends Specification {
    static final LoyaltyPolicy WITH_TIERS = LoyaltyPolicy.DEFAULT.withTiers([
            new LoyaltyTier('Silver', 10, Money.of('2000'), 7),
            new LoyaltyTier('Gold', 25, Money.of('5000'), 10)])

    def "the profile says in words how far the next level is: #orders orders, #spent EUR"() {
        when:
        def view = LoyaltyView.of(policy.statusOf(orders, Money.of(spent)))

        then:
        view.progress() == progress
        view.nextTier() == next

        where:
        policy                | orders | spent    || next     | progress
        LoyaltyPolicy.DEFAULT | 0      | '0'      || 'Loyal'  | '4 more orders or 500.01 EUR to become loyal'
        LoyaltyPolicy.DEFAULT | 3      | '500.00' || 'Loyal'  | '1 more order or 0.01 EUR to become loyal'
        LoyaltyPolicy.DEFAULT | 4      | '0'      || null     | 'You have reached the highest level'
        WITH_TIERS            | 4      | '100'    || 'Silver' | '7 more orders or 1900.01 EUR to reach Silver'
        WITH_TIERS            | 26     | '0'      || null     | 'You have reached the highest level'
    }
}

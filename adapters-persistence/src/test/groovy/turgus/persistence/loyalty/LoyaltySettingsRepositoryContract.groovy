package turgus.persistence.loyalty

import spock.lang.Specification
import turgus.application.loyalty.port.out.LoyaltySettingsRepository
import turgus.application.order.PurchaseStats
import turgus.application.order.port.out.OrderRepository
import turgus.domain.account.UserId
import turgus.domain.order.Order
import turgus.persistence.order.OrderRepositoryContract

import java.time.Instant
import turgus.domain.loyalty.LoyaltyPolicy
import turgus.domain.loyalty.LoyaltyTier
import turgus.domain.shared.Money

/** What every {@link LoyaltySettingsRepository} promises. Each feature starts with no stored rule. */
abstract class LoyaltySettingsRepositoryContract extends Specification {
    abstract LoyaltySettingsRepository getSettings()

    abstract OrderRepository getOrders()

    def "the rule comes with a customer's paid orders, refunded ones and other customers' left out"() {
        given:
        UserId ann = UserId.of(41)
        LoyaltyPolicy policy = new LoyaltyPolicy(2, Money.of('300.00'), 4, [new LoyaltyTier('Silver', 5, Money.of('1000.00'), 7)])
        settings.save(policy)
        Order first = orders.add(OrderRepositoryContract.fresh(ann), 'Ann', 'ann@example.com')
        Order second = orders.add(OrderRepositoryContract.fresh(ann), 'Ann', 'ann@example.com')
        Order refunded = orders.add(OrderRepositoryContract.fresh(ann), 'Ann', 'ann@example.com')
        orders.markRefunded(refunded.requireId(), Instant.parse('2026-11-22T10:00:00Z'))
        orders.add(OrderRepositoryContract.fresh(UserId.of(42)), 'Bo', 'bo@example.com')

        when:
        LoyaltySettingsRepository.Standing standing = settings.loadWithPurchasesOf(ann)

        then:
        standing.policy() == policy
        standing.purchases() == new PurchaseStats(2, first.total().plus(second.total()))
        standing.status() == policy.statusOf(2, first.total().plus(second.total()))
    }

    def "a customer without orders has none, under the default rule too"() {
        expect:
        settings.loadWithPurchasesOf(UserId.of(43)) ==
                new LoyaltySettingsRepository.Standing(LoyaltyPolicy.DEFAULT, PurchaseStats.NONE)
    }

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

package turgus.application.loyalty

import spock.lang.Specification
import turgus.application.loyalty.port.out.LoyaltySettingsRepository
import turgus.application.audit.port.out.AuditEventType
import turgus.application.order.PurchaseStats
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.MutableClock
import turgus.domain.account.UserId
import turgus.domain.loyalty.LoyaltyPolicy
import turgus.domain.loyalty.LoyaltyTier
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money

class LoyaltyServiceSpec extends Specification {
    static final UserId ANN = UserId.of(1)

    LoyaltySettingsRepository settings = Mock() {
        load() >> LoyaltyPolicy.DEFAULT
    }
    InMemoryAuditLog audit = new InMemoryAuditLog()
    LoyaltyService service = new LoyaltyService(settings, audit, new DirectTransactions(), new MutableClock())

    def "#paid paid orders worth #spent make a customer #verdict under the default rule"() {
        given:
        settings.loadWithPurchasesOf(ANN) >>
                new LoyaltySettingsRepository.Standing(LoyaltyPolicy.DEFAULT, new PurchaseStats(paid, Money.of(spent)))

        expect:
        service.statusOf(ANN).loyal() == loyal
        service.statusOf(ANN).discountPercent() == (loyal ? 5 : 0)

        where:
        paid | spent    | loyal
        0    | '0.00'   | false
        3    | '500.00' | false
        4    | '10.00'  | true
        1    | '500.01' | true
        verdict = loyal ? 'loyal' : 'not loyal'
    }

    def "an admin changes the loyalty rule and the tiers, which are stored"() {
        when:
        LoyaltyPolicy changed = service.changeLoyaltyRule(2, 300, 7, UserId.of(900))

        then:
        1 * settings.save(new LoyaltyPolicy(2, Money.of('300'), 7, []))
        changed.percent() == 7
        audit.only().type() == AuditEventType.LOYALTY_RULE_CHANGED
        audit.only().actorId() == UserId.of(900)
        audit.only().details() == 'minCompletedOrders.before=3 minCompletedOrders.after=2' +
                ' minTotalSpent.before=500.00 minTotalSpent.after=300.00 percent.before=5 percent.after=7'

        when:
        service.changeTiers([new LoyaltyTier('Gold', 10, Money.of('1000.00'), 10)], UserId.of(900))

        then:
        1 * settings.save({ it.tiers()*.name() == ['Gold'] })
        audit.events[1].details() == 'count=1 tiers.before="" tiers.after="Gold: 10 orders or 1000.00 EUR, 10%"'
    }

    def "a rule with missing or wrong values is refused and nothing is stored"() {
        when:
        service.changeLoyaltyRule(orders_, spent, percent, UserId.of(900))

        then:
        thrown(InvalidValueException)
        0 * settings.save(_)

        where:
        orders_ | spent  | percent
        null    | 500    | 5
        3       | null   | 5
        3       | 500    | null
        3       | 500    | 101
        -1      | 500    | 5
        3       | 0.001  | 5
    }
}

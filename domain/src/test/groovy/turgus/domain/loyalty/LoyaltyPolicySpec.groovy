package turgus.domain.loyalty

import spock.lang.Specification
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money

class LoyaltyPolicySpec extends Specification {
    static final LoyaltyPolicy WITH_TIERS = LoyaltyPolicy.DEFAULT.withTiers([
            new LoyaltyTier('Silver', 10, Money.of('2000'), 7),
            new LoyaltyTier('Gold', 25, Money.of('5000'), 10)])

    def "more than 3 completed orders or more than 500.00 EUR spent makes a customer loyal, for 5%: #orders orders, #spent EUR"() {
        when:
        def status = LoyaltyPolicy.DEFAULT.statusOf(orders, Money.of(spent))

        then:
        status.loyal() == loyal
        status.discountPercent() == percent
        status.tierName().orElse(null) == tier

        where:
        orders | spent    || loyal | percent | tier
        0      | '0'      || false | 0       | null
        3      | '0'      || false | 0       | null
        4      | '0'      || true  | 5       | 'Loyal'
        0      | '500.00' || false | 0       | null
        0      | '500.01' || true  | 5       | 'Loyal'
        3      | '500.00' || false | 0       | null
        4      | '500.00' || true  | 5       | 'Loyal'
        3      | '500.01' || true  | 5       | 'Loyal'
        4      | '500.01' || true  | 5       | 'Loyal'
        100    | '99999'  || true  | 5       | 'Loyal'
    }

    def "the profile tells how far the next level is: #orders orders, #spent EUR — #next"() {
        when:
        def status = policy.statusOf(orders, Money.of(spent))

        then:
        status.ordersToNext() == ordersToNext
        status.spendToNext() == Money.of(spendToNext)
        status.nextTier().orElse('none') == next

        where:
        policy                | orders | spent     || ordersToNext | spendToNext | next
        LoyaltyPolicy.DEFAULT | 0      | '0'       || 4            | '500.01'    | 'Loyal'
        LoyaltyPolicy.DEFAULT | 2      | '380.01'  || 2            | '120.00'    | 'Loyal'
        LoyaltyPolicy.DEFAULT | 3      | '500.00'  || 1            | '0.01'      | 'Loyal'
        LoyaltyPolicy.DEFAULT | 4      | '0'       || 0            | '0'         | 'none'
        WITH_TIERS            | 4      | '100'     || 7            | '1900.01'   | 'Silver'
        WITH_TIERS            | 2      | '2500'    || 24           | '2500.01'   | 'Gold'
        WITH_TIERS            | 26     | '0'       || 0            | '0'         | 'none'
    }

    def "the highest tier reached applies, never two: #orders orders, #spent EUR is #tier for #percent%"() {
        when:
        def status = WITH_TIERS.statusOf(orders, Money.of(spent))

        then:
        status.tierName().orElse('none') == tier
        status.discountPercent() == percent
        status.nextLevel().map { it.tier() }.orElse('none') == next

        where:
        orders | spent     || tier     | percent | next
        3      | '500.00'  || 'none'   | 0       | 'Loyal'
        4      | '0'       || 'Loyal'  | 5       | 'Silver'
        10     | '2000.00' || 'Loyal'  | 5       | 'Silver'
        11     | '0'       || 'Silver' | 7       | 'Gold'
        0      | '2000.01' || 'Silver' | 7       | 'Gold'
        25     | '5000.00' || 'Silver' | 7       | 'Gold'
        26     | '0'       || 'Gold'   | 10      | 'none'
        1      | '5000.01' || 'Gold'   | 10      | 'none'
    }

    def "a tier is reached one order or one cent beyond its thresholds: #orders orders, #spent EUR"() {
        given:
        def silver = tier('Silver', 10, '2000', 7)

        expect:
        silver.isReachedBy(orders, Money.of(spent)) == reached
        silver.ordersToReach(orders) == ordersToGo
        silver.spendToReach(Money.of(spent)) == Money.of(spendToGo)

        where:
        orders | spent     || reached | ordersToGo | spendToGo
        0      | '0'       || false   | 11         | '2000.01'
        10     | '2000.00' || false   | 1          | '0.01'
        11     | '0'       || true    | 0          | '2000.01'
        0      | '2000.01' || true    | 11         | '0'
        50     | '9000'    || true    | 0          | '0'
    }

    def "an admin sets the thresholds and the percent"() {
        given:
        def policy = LoyaltyPolicy.DEFAULT.withLoyalRule(0, Money.of('100'), 6)

        expect:
        !policy.statusOf(0, Money.of('100')).loyal()
        policy.statusOf(1, Money.ZERO).discountPercent() == 6
        policy.statusOf(0, Money.of('100.01')).discountPercent() == 6
        policy.withTiers(WITH_TIERS.tiers()).levels()*.name() == ['Loyal', 'Silver', 'Gold']
    }

    def "by default loyalty takes more than 3 orders or more than 500.00 EUR, for 5%, with no further tier"() {
        expect:
        with(LoyaltyPolicy.DEFAULT) {
            minCompletedOrders() == 3
            minTotalSpent() == Money.of('500.00')
            percent() == 5
            tiers().isEmpty()
        }
        LoyaltyStatus.newCustomer(LoyaltyPolicy.DEFAULT).completedOrders() == 0
    }

    def "a loyalty rule that makes no sense is refused: #why"() {
        when:
        new LoyaltyPolicy(orders, Money.of(spent), percent, tiers)

        then:
        def refused = thrown(InvalidValueException)
        "${refused.field()}: ${refused.errors()[0].describe()}" == message

        where:
        orders | spent  | percent | tiers                                           || why                 | message
        -1     | '500'  | 5       | []                                              || 'negative orders'   | 'minCompletedOrders: NEGATIVE'
        3      | '-0.01'| 5       | []                                              || 'negative spending' | 'minTotalSpent: NEGATIVE'
        3      | '500'  | -1      | []                                              || 'negative percent'  | 'percent: OUT_OF_RANGE min=0, max=100'
        3      | '500'  | 101     | []                                              || 'over 100 percent'  | 'percent: OUT_OF_RANGE min=0, max=100'
        3      | '500'  | 5       | [tier('Gold', 3, '1000', 10)]                   || 'same orders'       | 'tiers: TIER_NOT_ABOVE tier=Gold, below=Loyal'
        3      | '500'  | 5       | [tier('Gold', 10, '500', 10)]                   || 'same spending'     | 'tiers: TIER_NOT_ABOVE tier=Gold, below=Loyal'
        3      | '500'  | 5       | [tier('Gold', 10, '1000', 5)]                   || 'same percent'      | 'tiers: TIER_DISCOUNT_NOT_LARGER tier=Gold, below=Loyal'
        3      | '500'  | 5       | [tier('Gold', 10, '1000', 10), tier('Silver', 5, '800', 7)] || 'wrong order' | 'tiers: TIER_NOT_ABOVE tier=Silver, below=Gold'
        3      | '500'  | 5       | [tier('Gold', 10, '1000', 10), tier('gold', 20, '2000', 15)] || 'same name' | 'tiers: REPEATED value=gold'
        3      | '500'  | 5       | [tier('loyal', 10, '1000', 10)]                 || 'name of the first level' | 'tiers: REPEATED value=loyal'
    }

    def "a tier has a name of 1 to 50 characters: '#name'"() {
        when:
        def tier = new LoyaltyTier(name, 10, Money.of('1000'), 10)

        then:
        tier.name() == name.strip()

        where:
        name << [' Gold ', 'x' * 50]
    }

    def "a tier without a proper name is refused: '#name'"() {
        when:
        new LoyaltyTier(name, 10, Money.of('1000'), 10)

        then:
        def refused = thrown(InvalidValueException)
        "${refused.field()}: ${refused.errors()[0].describe()}" == message

        where:
        name     || message
        null     || 'tier: REQUIRED'
        '  '     || 'tier: REQUIRED'
        'x' * 51 || 'tier: TOO_LONG max=50'
    }

    def "a tier's figures stay within their bounds: #minTotalSpent spent, #percent %"() {
        when:
        new LoyaltyTier('Gold', orders, Money.of(minTotalSpent), percent)

        then:
        def refused = thrown(InvalidValueException)
        "${refused.field()}: ${refused.errors()[0].describe()}" == message

        where:
        orders | minTotalSpent            | percent || message
        -1     | '1000'                   | 10      || 'minCompletedOrders: NEGATIVE'
        10     | '-0.01'                  | 10      || 'minTotalSpent: NEGATIVE'
        10     | '1000000000.01'          | 10      || 'minTotalSpent: TOO_LARGE max=1000000000.00'
        10     | '9223372036854775807'    | 10      || 'minTotalSpent: TOO_LARGE max=1000000000.00'
        10     | '1000'                   | 101     || 'percent: OUT_OF_RANGE min=0, max=100'
    }

    def "a tier may ask for up to a billion spent"() {
        expect:
        new LoyaltyTier('Gold', 10, LoyaltyTier.MAX_TOTAL_SPENT, 10).minTotalSpent() == Money.of(1_000_000_000)
    }

    def "a policy keeps its own copy of the tiers"() {
        given:
        def tiers = [tier('Gold', 10, '1000', 10)]
        def policy = LoyaltyPolicy.DEFAULT.withTiers(tiers)

        when:
        tiers << tier('Platinum', 20, '2000', 20)

        then:
        policy.tiers()*.name() == ['Gold']
    }

    def "figures that cannot be are refused"() {
        when:
        LoyaltyPolicy.DEFAULT.statusOf(-1, Money.ZERO)

        then:
        thrown(IllegalArgumentException)
    }

    def "a status is loyal exactly when it names a level, and only then has a discount"() {
        when:
        new LoyaltyStatus(loyal, tier, percent, 0, Money.ZERO, null)

        then:
        thrown(IllegalArgumentException)

        where:
        loyal | tier    | percent
        true  | null    | 5
        false | 'Loyal' | 0
        false | null    | 5
    }

    def "a next level is still some way off"() {
        when:
        new NextLevel('Gold', orders, Money.of(spend))

        then:
        thrown(IllegalArgumentException)

        where:
        orders | spend
        0      | '10'
        1      | '0'
    }

    static LoyaltyTier tier(String name, int orders, String spent, int percent) {
        new LoyaltyTier(name, orders, Money.of(spent), percent)
    }
}

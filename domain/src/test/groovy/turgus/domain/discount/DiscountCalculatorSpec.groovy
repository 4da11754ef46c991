package turgus.domain.discount

import turgus.domain.testing.DiscountWords
import static turgus.domain.testing.PromoCodeFixtures.aPromoCode

import java.time.Instant
import spock.lang.Specification
import turgus.domain.loyalty.LoyaltyPolicy
import turgus.domain.loyalty.LoyaltyStatus
import turgus.domain.loyalty.LoyaltyTier
import turgus.domain.shared.Money

class DiscountCalculatorSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')
    static final String NONE = 'none'

    def calculator = new DiscountCalculator()

    def "on the subtotal, the better of loyalty and promo code applies, never both: #why"() {
        when:
        def result = calculator.calculate(Money.of(subtotal), rules(loyalty, promo), NOW)

        then:
        result.subtotal() == Money.of(subtotal)
        result.discounts().collect { DiscountWords.words(it) } == (applied == NONE ? [] : [applied])
        result.discountTotal() == Money.of(off)
        result.total() == Money.of(total)

        where:
        subtotal | loyalty | promo   || applied                             | off      | total    | why
        '100.00' | NONE    | NONE    || NONE                                | '0'      | '100.00' | 'no discount'
        '100.00' | 5       | NONE    || 'LOYALTY Loyal 5%'               | '5.00'   | '95.00'  | 'loyalty only'
        '100.00' | NONE    | '10%'   || 'PROMO_CODE WELCOME 10%'          | '10.00'  | '90.00'  | 'promo percent only'
        '100.00' | NONE    | '7.50'  || 'PROMO_CODE WELCOME'     | '7.50'   | '92.50'  | 'promo fixed only'
        '100.00' | 5       | '10%'   || 'PROMO_CODE WELCOME 10%'          | '10.00'  | '90.00'  | 'promo percent better than loyalty'
        '100.00' | 5       | '3%'    || 'LOYALTY Loyal 5%'               | '5.00'   | '95.00'  | 'loyalty better than promo percent'
        '100.00' | 5       | '7.50'  || 'PROMO_CODE WELCOME'     | '7.50'   | '92.50'  | 'promo fixed better than loyalty'
        '200.00' | 5       | '7.50'  || 'LOYALTY Loyal 5%'               | '10.00'  | '190.00' | 'loyalty better than promo fixed on a larger order'
        '100.00' | 5       | '5%'    || 'LOYALTY Loyal 5%'               | '5.00'   | '95.00'  | 'a tie of percents keeps the promo code unused'
        '100.00' | 5       | '5.00'  || 'LOYALTY Loyal 5%'               | '5.00'   | '95.00'  | 'a tie with a fixed amount keeps the promo code unused'
        '4.00'   | NONE    | '10.00' || 'PROMO_CODE WELCOME'    | '4.00'   | '0.00'   | 'fixed larger than the subtotal: total zero'
        '10.00'  | NONE    | '10.00' || 'PROMO_CODE WELCOME'    | '10.00'  | '0.00'   | 'fixed equal to the subtotal'
        '4.00'   | 5       | '10.00' || 'PROMO_CODE WELCOME'    | '4.00'   | '0.00'   | 'fixed beyond the subtotal still beats loyalty'
        '0.00'   | 5       | '10.00' || NONE                                | '0'      | '0.00'   | 'an empty cart totals zero'
        '0.00'   | NONE    | NONE    || NONE                                | '0'      | '0.00'   | 'an empty cart without rules'
        '0.10'   | 5       | NONE    || NONE                                | '0'      | '0.10'   | 'a loyalty cut rounding to nothing is not listed'
        '0.50'   | 5       | NONE    || 'LOYALTY Loyal 5%'               | '0.02'   | '0.48'   | 'half-even: 0.025 rounds down'
        '0.70'   | 5       | NONE    || 'LOYALTY Loyal 5%'               | '0.04'   | '0.66'   | 'half-even: 0.035 rounds up'
        '10.30'  | NONE    | '5%'    || 'PROMO_CODE WELCOME 5%'           | '0.52'   | '9.78'   | 'half-even: 0.515 rounds up'
        '100.00' | 100     | NONE    || 'LOYALTY Loyal 100%'             | '100.00' | '0.00'   | 'a full loyalty discount'
        '100.00' | 0       | NONE    || NONE                                | '0'      | '100.00' | 'loyalty worth nothing'
    }

    def "a promo code that cannot be used offers nothing, and loyalty still applies: #why"() {
        given:
        def rules = [new LoyaltyDiscount(loyal(5)), new PromoCodeDiscount(promo)]

        when:
        def result = calculator.calculate(Money.of('100.00'), rules, NOW)

        then:
        result.discounts()*.kind() == [DiscountKind.LOYALTY]
        result.total() == Money.of('95.00')

        where:
        promo                                                          || why
        aPromoCode().percentOff(50).minimum('100.01').build()         || 'minimum not met'
        aPromoCode().percentOff(50).validUntil(NOW).build()           || 'expired'
        aPromoCode().percentOff(50).validFrom(NOW.plusSeconds(1)).build() || 'not yet valid'
        aPromoCode().percentOff(50).maxUses(3).timesUsed(3).build()   || 'used up'
    }

    def "the customer who is not loyal gets no loyalty discount"() {
        expect:
        new LoyaltyDiscount(LoyaltyStatus.newCustomer(LoyaltyPolicy.DEFAULT)).offerOn(Money.of('1000'), NOW).isEmpty()
    }

    def "a higher tier is named on its discount"() {
        given:
        def policy = LoyaltyPolicy.DEFAULT.withTiers([new LoyaltyTier('Gold', 10, Money.of('1000'), 10)])

        when:
        def offer = new LoyaltyDiscount(policy.statusOf(11, Money.ZERO)).offerOn(Money.of('50'), NOW)

        then:
        DiscountWords.words(offer.get()) == 'LOYALTY Gold 10%'
        offer.get().amount() == Money.of('5.00')
    }

    def "on equal offers the rule listed first wins, whatever its kind"() {
        given:
        def promo = new PromoCodeDiscount(aPromoCode().percentOff(5).build())
        def loyalty = new LoyaltyDiscount(loyal(5))

        expect:
        calculator.calculate(Money.of('100'), [promo, loyalty], NOW).discounts()*.kind() == [DiscountKind.PROMO_CODE]
        calculator.calculate(Money.of('100'), [loyalty, promo], NOW).discounts()*.kind() == [DiscountKind.LOYALTY]
    }

    def "the largest of any number of offers applies, capped at the subtotal"() {
        given:
        def rules = [
                new PromoCodeDiscount(aPromoCode().amountOff('3').build()),
                new PromoCodeDiscount(aPromoCode().named('BIG').amountOff('30').build()),
                new LoyaltyDiscount(loyal(20))]

        when:
        def result = calculator.calculate(Money.of('25'), rules, NOW)

        then:
        result.discounts().collect { DiscountWords.words(it) } == ['PROMO_CODE BIG']
        result.discounts()*.amount() == [Money.of('25')]
        result.total() == Money.ZERO
        result.includes(DiscountKind.PROMO_CODE)
        !result.includes(DiscountKind.LOYALTY)
    }

    def "whatever a rule offers, the calculator never takes off more than the subtotal: #offered off #subtotal"() {
        given:
        DiscountRule generous = { Money ignored, Instant at ->
            Optional.of(AppliedDiscount.of(DiscountKind.PROMO_CODE, 'Generous', null, Money.of(offered)))
        }

        when:
        def result = calculator.calculate(Money.of(subtotal), [generous], NOW)

        then:
        result.discounts()*.amount() == off.collect { Money.of(it) }
        result.total() == Money.of(total)

        where:
        offered | subtotal || off    | total
        '5'     | '10'     || ['5']  | '5'
        '15'    | '10'     || ['10'] | '0'
        '15'    | '0'      || []     | '0'
    }

    def "a negative subtotal cannot be discounted"() {
        when:
        calculator.calculate(Money.of('-1'), [], NOW)

        then:
        thrown(IllegalArgumentException)
    }

    def "a result always adds up and is never negative"() {
        when:
        new DiscountResult(Money.of(subtotal), discounts, Money.of(total))

        then:
        thrown(IllegalArgumentException)

        where:
        subtotal | discounts                       | total
        '10'     | []                              | '9'
        '10'     | [discount('5')]                 | '6'
        '10'     | [discount('15')]                | '-5'
    }

    def "an applied discount names itself, takes something off and has a percent of 1 to 100 if any"() {
        when:
        AppliedDiscount.of(DiscountKind.LOYALTY, name, percent, Money.of(amount))

        then:
        thrown(IllegalArgumentException)

        where:
        name      | percent | amount
        null      | null    | '1'
        ' '       | null    | '1'
        'Loyal'   | null    | '0'
        'Loyal'   | null    | '-1'
        'Loyal'   | 0       | '1'
        'Loyal'   | 101     | '1'
    }

    static List<DiscountRule> rules(loyalty, String promo) {
        def rules = []
        if (loyalty != NONE) {
            rules << new LoyaltyDiscount(loyal(loyalty as int))
        }
        if (promo != NONE) {
            def builder = aPromoCode()
            promo.endsWith('%') ? builder.percentOff(promo[0..-2] as int) : builder.amountOff(promo)
            rules << new PromoCodeDiscount(builder.build())
        }
        rules
    }

    static LoyaltyStatus loyal(int percent) {
        LoyaltyPolicy.DEFAULT.withLoyalRule(3, Money.of('500'), percent).statusOf(4, Money.ZERO)
    }

    static AppliedDiscount discount(String amount) {
        AppliedDiscount.of(DiscountKind.PROMO_CODE, 'Promo', null, Money.of(amount))
    }
}

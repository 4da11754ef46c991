package turgus.domain.discount

import static turgus.domain.discount.PromoCodeProblem.EXPIRED
import static turgus.domain.discount.PromoCodeProblem.MINIMUM_NOT_MET
import static turgus.domain.discount.PromoCodeProblem.NOT_YET_VALID
import static turgus.domain.discount.PromoCodeProblem.USED_UP
import static turgus.domain.testing.PromoCodeFixtures.aPromoCode

import java.time.Instant
import spock.lang.Specification
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.Money

class PromoCodeSpec extends Specification {
    static final Instant FROM = Instant.parse('2026-12-01T00:00:00Z')
    static final Instant UNTIL = Instant.parse('2027-01-01T00:00:00Z')
    static final Instant NOW = Instant.parse('2026-12-15T12:00:00Z')
    static final Instant JUST_BEFORE_FROM = FROM.minusNanos(1)
    static final Instant JUST_BEFORE_UNTIL = UNTIL.minusNanos(1)

    def "a code is trimmed, upper-cased and made of 3 to 32 letters, digits, dashes or underscores: '#typed'"() {
        expect:
        outcome == rule { PromoCode.normalise(typed) }

        where:
        typed             || outcome
        'welcome'         || 'WELCOME'
        '  Black-Friday_2026 ' || 'BLACK-FRIDAY_2026'
        'ABC'             || 'ABC'
        'X' * 32          || 'X' * 32
        'AB'              || 'code: INVALID_CODE_FORMAT min=3, max=32'
        'X' * 33          || 'code: INVALID_CODE_FORMAT min=3, max=32'
        'SAVE 10'         || 'code: INVALID_CODE_FORMAT min=3, max=32'
        'SKIDKA€'         || 'code: INVALID_CODE_FORMAT min=3, max=32'
        'СКИДКА'          || 'code: INVALID_CODE_FORMAT min=3, max=32'
        ''                || 'code: REQUIRED'
        '   '             || 'code: REQUIRED'
        null              || 'code: REQUIRED'
    }

    def "a code applies from its start, until just before its end, while uses are left and the order reaches the minimum: #why"() {
        given:
        def promo = aPromoCode().minimum('20.00').validFrom(FROM).validUntil(UNTIL).maxUses(maxUses).timesUsed(used).build()

        when:
        def check = promo.checkApplicable(Money.of(subtotal), at)

        then:
        check.reason().orElse(null) == problem
        check.isApplicable() == (problem == null)
        check.code() == 'WELCOME'

        where:
        at                | used | maxUses | subtotal || problem         | why
        NOW               | 0    | 1       | '20.00'  || null            | 'all conditions met'
        FROM              | 0    | 1       | '20.00'  || null            | 'the first moment'
        JUST_BEFORE_UNTIL | 0    | 1       | '20.00'  || null            | 'the last moment'
        JUST_BEFORE_FROM  | 0    | 1       | '20.00'  || NOT_YET_VALID   | 'too early'
        UNTIL             | 0    | 1       | '20.00'  || EXPIRED         | 'its end'
        NOW               | 1    | 1       | '20.00'  || USED_UP         | 'the last use taken'
        NOW               | 4    | 5       | '20.00'  || null            | 'one use left'
        NOW               | 7    | 5       | '20.00'  || USED_UP         | 'more uses than the limit, after a lowered limit'
        NOW               | 99   | null    | '20.00'  || null            | 'no limit'
        NOW               | 0    | 1       | '19.99'  || MINIMUM_NOT_MET | 'a cent short'
        JUST_BEFORE_FROM  | 1    | 1       | '1.00'   || NOT_YET_VALID   | 'too early comes first'
        UNTIL             | 1    | 1       | '1.00'   || EXPIRED         | 'expired comes before used up'
        NOW               | 1    | 1       | '1.00'   || USED_UP         | 'used up comes before the minimum'
    }

    def "a code without dates applies at any time"() {
        expect:
        aPromoCode().build().checkApplicable(Money.of('1'), Instant.EPOCH).isApplicable()
        aPromoCode().validFrom(FROM).build().checkApplicable(Money.of('1'), UNTIL.plusSeconds(999_999)).isApplicable()
        aPromoCode().validUntil(UNTIL).build().checkApplicable(Money.of('1'), Instant.EPOCH).isApplicable()
    }

    def "each problem has the refusal reason and the values a client explains it with: #problem"() {
        expect:
        check.refusalReason().map { it.name() }.orElse('none') == reason
        check.details() == details

        where:
        check                                                    || reason                        | details
        PromoCodeCheck.applicable('WELCOME')                     || 'none'                        | [code: 'WELCOME']
        PromoCodeCheck.unknown('NOPE')                           || 'PROMO_CODE_UNKNOWN'          | [code: 'NOPE']
        PromoCodeCheck.rejected('WELCOME', NOT_YET_VALID)        || 'PROMO_CODE_NOT_YET_VALID'    | [code: 'WELCOME']
        PromoCodeCheck.rejected('WELCOME', EXPIRED)              || 'PROMO_CODE_EXPIRED'          | [code: 'WELCOME']
        PromoCodeCheck.rejected('WELCOME', USED_UP)              || 'PROMO_CODE_USED_UP'          | [code: 'WELCOME']
        PromoCodeCheck.minimumNotMet('WELCOME', Money.of('20'))  || 'PROMO_CODE_MINIMUM_NOT_MET'  | [code: 'WELCOME', minimum: 20.00]
        problem = check.reason().orElse(null)
    }

    def "the minimum not met names the minimum"() {
        when:
        def check = aPromoCode().minimum('25.50').build().checkApplicable(Money.of('10'), NOW)

        then:
        check.minimum() == Money.of('25.50')
        check.details() == [code: check.code(), minimum: 25.50]
    }

    def "a caller that must refuse the code gets the reason on the field code"() {
        when:
        PromoCodeCheck.rejected('WELCOME', EXPIRED).throwIfNotApplicable()

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'code'
        refused.errors()[0].describe() == 'PROMO_CODE_NOT_APPLICABLE'

        when:
        PromoCodeCheck.applicable('WELCOME').throwIfNotApplicable()

        then:
        noExceptionThrown()
    }

    def "a minimum is named exactly when it is not met"() {
        when:
        new PromoCodeCheck('WELCOME', problem, minimum)

        then:
        thrown(IllegalArgumentException)

        where:
        problem         | minimum
        MINIMUM_NOT_MET | null
        EXPIRED         | Money.of('10')
        null            | Money.of('10')
    }

    def "a percent is taken off half-even to the cent, a fixed amount never beyond the subtotal: #value of #subtotal"() {
        expect:
        promo.discountOn(Money.of(subtotal)) == Money.of(off)

        where:
        promo                                   | subtotal || off
        aPromoCode().percentOff(10).build()     | '100.00' || '10.00'
        aPromoCode().percentOff(5).build()      | '10.10'  || '0.50'
        aPromoCode().percentOff(5).build()      | '10.30'  || '0.52'
        aPromoCode().percentOff(100).build()    | '42.42'  || '42.42'
        aPromoCode().amountOff('5.00').build()  | '42.42'  || '5.00'
        aPromoCode().amountOff('5.00').build()  | '5.00'   || '5.00'
        aPromoCode().amountOff('5.00').build()  | '4.99'   || '4.99'
        aPromoCode().amountOff('5.00').build()  | '0'      || '0'
        value = promo.value().describe()
    }

    def "an admin's promo code form reports every mistake at once"() {
        when:
        PromoCode.define(code, percent, amount, minimum, from, until, maxUses)

        then:
        def refused = thrown(InvalidValueException)
        refused.errors().collect { "${it.field()}: ${it.describe()}".toString() } == errors

        where:
        code      | percent | amount                  | minimum                  | from  | until | maxUses || errors
        'x'       | null    | null                    | null                     | null  | null  | null    || ['code: INVALID_CODE_FORMAT min=3, max=32', 'percent: REQUIRED_UNLESS other=amount']
        'SAVE'    | 10      | new BigDecimal('5')     | null                     | null  | null  | null    || ['amount: NOT_WITH other=percent']
        'SAVE'    | 0       | null                    | null                     | null  | null  | null    || ['percent: OUT_OF_RANGE min=1, max=100']
        'SAVE'    | 101     | null                    | null                     | null  | null  | null    || ['percent: OUT_OF_RANGE min=1, max=100']
        'SAVE'    | null    | new BigDecimal('0')     | null                     | null  | null  | null    || ['amount: NOT_POSITIVE']
        'SAVE'    | null    | new BigDecimal('1.005') | null                     | null  | null  | null    || ['amount: TOO_MANY_DECIMALS max=2']
        'SAVE'    | null    | new BigDecimal('1000000.01') | null                | null  | null  | null    || ['amount: TOO_LARGE max=1000000.00']
        'SAVE'    | 10      | null                    | new BigDecimal('-1')     | null  | null  | null    || ['minOrderTotal: NEGATIVE']
        'SAVE'    | 10      | null                    | new BigDecimal('1.001')  | null  | null  | null    || ['minOrderTotal: TOO_MANY_DECIMALS max=2']
        'SAVE'    | 10      | null                    | null                     | UNTIL | FROM  | null    || ['validUntil: NOT_AFTER other=validFrom']
        'SAVE'    | 10      | null                    | null                     | FROM  | FROM  | null    || ['validUntil: NOT_AFTER other=validFrom']
        'SAVE'    | 10      | null                    | null                     | null  | null  | 0       || ['maxUses: TOO_SMALL min=1']
        ''        | null    | new BigDecimal('-5')    | new BigDecimal('-1')     | UNTIL | FROM  | 0       || ['code: REQUIRED', 'amount: NOT_POSITIVE', 'minOrderTotal: NEGATIVE', 'validUntil: NOT_AFTER other=validFrom', 'maxUses: TOO_SMALL min=1']
    }

    def "a well-formed form defines an unused code: percent #percent, amount #amount"() {
        when:
        def promo = PromoCode.define(' save10 ', percent, amount, minimum, FROM, UNTIL, 100)

        then:
        promo.code() == 'SAVE10'
        promo.percent() == (percent == null ? OptionalInt.empty() : OptionalInt.of(percent))
        promo.amount() == Optional.ofNullable(amount).map { new Money(it) }
        promo.minOrderTotal() == Money.of(minimumStored)
        promo.timesUsed() == 0
        promo.usesLeft() == OptionalInt.of(100)
        promo.value().describe() == value

        where:
        percent | amount               | minimum               || minimumStored | value
        10      | null                 | null                  || '0'           | '10%'
        null    | new BigDecimal('5')  | new BigDecimal('20')  || '20.00'       | '5.00 EUR'
    }

    def "a code may have either end of its validity open: from #from until #until"() {
        expect:
        new PromoCode('save', new PromoValue.PercentOff(10), Money.ZERO, from, until, null, 0).code() == 'SAVE'

        where:
        from | until
        FROM | null
        null | UNTIL
        null | null
        FROM | UNTIL
    }

    def "a code built directly refuses the same mistakes"() {
        when:
        new PromoCode('SAVE', new PromoValue.PercentOff(10), Money.of(minimum), from, until, maxUses, used)

        then:
        thrown(exception)

        where:
        minimum | from  | until | maxUses | used || exception
        '-1'    | null  | null  | null    | 0    || InvalidValueException
        '0'     | UNTIL | FROM  | null    | 0    || InvalidValueException
        '0'     | null  | null  | 0       | 0    || InvalidValueException
        '0'     | null  | null  | null    | -1   || IllegalArgumentException
    }

    def "each order that uses a code counts, up to its limit"() {
        given:
        def promo = aPromoCode().maxUses(2).build()

        when:
        def once = promo.used()
        def twice = once.used()

        then:
        once.timesUsed() == 1
        once.usesLeft() == OptionalInt.of(1)
        twice.isUsedUp()
        twice.usesLeft() == OptionalInt.of(0)
        aPromoCode().build().usesLeft().isEmpty()

        when:
        twice.used()

        then:
        thrown(IllegalStateException)
    }

    def "new terms keep the code and how often it was used"() {
        given:
        def promo = aPromoCode().named('SAVE').percentOff(10).timesUsed(3).build()
        def terms = PromoCode.define('OTHER', null, new BigDecimal('7.5'), new BigDecimal('30'), FROM, UNTIL, 10)

        when:
        def changed = promo.changeTerms(terms)

        then:
        changed.code() == 'SAVE'
        changed.timesUsed() == 3
        changed.amount().get() == Money.of('7.50')
        changed.percent().isEmpty()
        changed.minOrderTotal() == Money.of('30')
        changed.validFrom() == FROM
        changed.validUntil() == UNTIL
        changed.maxUses() == 10
    }

    private static String rule(Closure<?> construction) {
        try {
            construction()
        } catch (InvalidValueException refused) {
            "${refused.field()}: ${refused.errors()[0].describe()}"
        }
    }
}

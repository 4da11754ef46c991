package turgus.domain.shared

import spock.lang.Specification

class MoneySpec extends Specification {

    def "an amount with at most two decimals is money, normalised to cents"() {
        expect:
        Money.of(given).amount().toPlainString() == stored

        where:
        given       || stored
        '0'         || '0.00'
        '12.5'      || '12.50'
        '12.50'     || '12.50'
        '12.500'    || '12.50'
        '-3.1'      || '-3.10'
        '10000.00'  || '10000.00'
    }

    def "an amount with more than two decimals is refused, never rounded"() {
        when:
        Money.parse('amount', new BigDecimal(given))

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'amount'
        refused.errors()[0].describe() == 'TOO_MANY_DECIMALS max=2'

        where:
        given << ['0.001', '12.345', '9999.999']
    }

    def "a missing amount is reported for its field"() {
        when:
        Money.parse('price', null)

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'price'
        refused.errors()[0].describe() == 'REQUIRED'
    }

    def "equal amounts are equal whatever their written scale"() {
        expect:
        Money.of('5') == Money.of('5.00')
        Money.of('5').hashCode() == Money.of('5.0').hashCode()
    }

    def "arithmetic stays exact"() {
        expect:
        Money.of('0.10').plus(Money.of('0.20')) == Money.of('0.30')
        Money.of('10').minus(Money.of('0.01')) == Money.of('9.99')
        Money.of('19.99').times(3) == Money.of('59.97')
    }

    def "a percentage is rounded half-even to the cent"() {
        expect:
        Money.of(amount).percent(percent) == Money.of(share)

        where:
        amount  | percent || share
        '100'   | 5       || '5.00'
        '10.10' | 5       || '0.50'
        '10.30' | 5       || '0.52'
        '0.50'  | 5       || '0.02'
        '0.70'  | 5       || '0.04'
        '99.99' | 10      || '10.00'
    }

    def "money compares by amount"() {
        expect:
        Money.of('2').isGreaterThan(Money.of('1.99'))
        !Money.of('2').isGreaterThan(Money.of('2.00'))
        Money.of('0.01').isPositive()
        !Money.ZERO.isPositive()
        Money.of('-0.01').isNegative()
    }

    def "money reads as euros"() {
        expect:
        Money.of('3.5').toString() == '3.50 EUR'
    }
}

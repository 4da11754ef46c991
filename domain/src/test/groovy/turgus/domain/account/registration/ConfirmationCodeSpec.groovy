package turgus.domain.account.registration

import java.util.random.RandomGenerator
import spock.lang.Specification
import turgus.domain.shared.InvalidValueException

class ConfirmationCodeSpec extends Specification {

    def "a code is exactly six digits, with the spaces around it ignored: '#input' is #outcome"() {
        expect:
        rule { ConfirmationCode.parse(input).value() } == outcome

        where:
        input          || outcome
        '123456'       || '123456'
        '000000'       || '000000'
        '999999'       || '999999'
        ' 042042 '     || '042042'
        "\t123456\n"   || '123456'
        ''             || 'code: REQUIRED'
        '      '       || 'code: REQUIRED'
        null           || 'code: REQUIRED'
        '12345'        || 'code: NOT_DIGITS length=6'
        '1234567'      || 'code: NOT_DIGITS length=6'
        '12 3456'      || 'code: NOT_DIGITS length=6'
        '123-456'      || 'code: NOT_DIGITS length=6'
        'abcdef'       || 'code: NOT_DIGITS length=6'
        '12345a'       || 'code: NOT_DIGITS length=6'
        '-12345'       || 'code: NOT_DIGITS length=6'
        '+12345'       || 'code: NOT_DIGITS length=6'
        '１２３４５６'   || 'code: NOT_DIGITS length=6'
        '١٢٣٤٥٦'       || 'code: NOT_DIGITS length=6'
    }

    def "a stored code is already clean: '#value' is refused as it is"() {
        when:
        new ConfirmationCode(value)

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'code'

        where:
        value << [' 123456', '123456 ', null]
    }

    def "a number becomes a code with leading zeros: #number is #code"() {
        expect:
        ConfirmationCode.fromNumber(number).value() == code

        where:
        number  || code
        0       || '000000'
        42      || '000042'
        123456  || '123456'
        999_999 || '999999'
    }

    def "a number outside 0 to 999999 is no code: #number"() {
        when:
        ConfirmationCode.fromNumber(number)

        then:
        thrown(IllegalArgumentException)

        where:
        number << [-1, 1_000_000, Integer.MIN_VALUE, Integer.MAX_VALUE]
    }

    def "a new code is drawn from the source given, any of the million codes alike"() {
        given:
        def random = Mock(RandomGenerator)

        when:
        def code = ConfirmationCode.draw(random)

        then:
        1 * random.nextInt(1_000_000) >> 7
        0 * _
        code == new ConfirmationCode('000007')
    }

    def "drawn codes are always six digits"() {
        given:
        def random = new Random(20261122)

        expect:
        (1..1000).every { ConfirmationCode.draw(random).value() ==~ /[0-9]{6}/ }
    }

    def "a code never shows in a log"() {
        expect:
        ConfirmationCode.parse('123456').toString() == 'ConfirmationCode[******]'
    }

    private static String rule(Closure<?> construction) {
        try {
            construction().toString()
        } catch (InvalidValueException refused) {
            "${refused.field()}: ${refused.errors()[0].describe()}"
        }
    }
}

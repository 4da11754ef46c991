package turgus.domain.shared

import spock.lang.Specification

class QuantitySpec extends Specification {

    def "a quantity is between 1 and 1,000,000"() {
        when:
        def outcome = attempt { Quantity.of(value) }

        then:
        outcome == expected

        where:
        value     || expected
        1         || 'ok'
        7         || 'ok'
        1_000_000 || 'ok'
        0         || 'TOO_SMALL min=1'
        -5        || 'TOO_SMALL min=1'
        1_000_001 || 'TOO_LARGE max=1000000'
    }

    private static String attempt(Closure<?> construction) {
        try {
            construction()
            'ok'
        } catch (InvalidValueException refused) {
            assert refused.field() == 'quantity'
            refused.errors()[0].describe()
        }
    }
}

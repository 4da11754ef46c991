package turgus.domain.shared

import spock.lang.Specification

class FieldValidationSpec extends Specification {

    def "every broken rule is reported at once, in the order checked"() {
        given:
        def validation = new FieldValidation()

        when:
        validation.check { throw new InvalidValueException('name', FieldRule.REQUIRED) }
        validation.check { 'fine' }
        validation.reject('price', FieldRule.TOO_LARGE, 'max', 10)
        validation.throwIfInvalid()

        then:
        def refused = thrown(InvalidValueException)
        refused.errors() == [FieldError.of('name', FieldRule.REQUIRED), FieldError.of('price', FieldRule.TOO_LARGE, 'max', 10)]
        refused.message == 'name REQUIRED; price TOO_LARGE max=10'
    }

    def "valid input passes and answers the built values"() {
        given:
        def validation = new FieldValidation()

        when:
        def value = validation.check { 42 }
        def skipped = validation.checkIfPresent(null) { raw -> throw new IllegalStateException('not called') }
        validation.throwIfInvalid()

        then:
        value == 42
        skipped == null
        noExceptionThrown()
    }

    def "an invalid value names at least one field"() {
        when:
        new InvalidValueException([])

        then:
        thrown(IllegalArgumentException)
    }
}

class FieldErrorSpec extends Specification {

    def "a broken rule carries its values in the order given: #error"() {
        expect:
        error.describe() == described

        where:
        error                                                               || described
        FieldError.of('name', FieldRule.REQUIRED)                           || 'REQUIRED'
        FieldError.of('size', FieldRule.OUT_OF_RANGE, 'min', 1, 'max', 100) || 'OUT_OF_RANGE min=1, max=100'
        FieldError.of('name', FieldRule.TOO_LONG, 'max', 200).onField('x')  || 'TOO_LONG max=200'
    }

    def "values come in name and value pairs, none of them missing"() {
        when:
        FieldError.of('size', FieldRule.OUT_OF_RANGE, *values)

        then:
        thrown(exception)

        where:
        values         || exception
        ['min']        || IllegalArgumentException
        ['min', null]  || NullPointerException
    }
}

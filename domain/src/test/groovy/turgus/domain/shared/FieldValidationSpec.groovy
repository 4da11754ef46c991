package turgus.domain.shared

import spock.lang.Specification

class FieldValidationSpec extends Specification {

    def "every broken rule is reported at once, in the order checked"() {
        given:
        def validation = new FieldValidation()

        when:
        validation.check { throw new InvalidValueException('name', 'is required') }
        validation.check { 'fine' }
        validation.reject('price', 'must be greater than 0')
        validation.throwIfInvalid()

        then:
        def refused = thrown(InvalidValueException)
        refused.errors() == [new FieldError('name', 'is required'), new FieldError('price', 'must be greater than 0')]
        refused.message == 'name is required; price must be greater than 0'
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

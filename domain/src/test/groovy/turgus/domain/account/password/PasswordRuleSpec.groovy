package turgus.domain.account.password

import spock.lang.Specification
import turgus.domain.shared.FieldError
import turgus.domain.shared.FieldRule

class PasswordRuleSpec extends Specification {

    def "a rule by expression is kept when the whole password matches it, line breaks included"() {
        given:
        def rule = PasswordRule.matching('digit', '.*[0-9].*', [:])

        expect:
        rule.isKeptBy(password) == kept

        where:
        password    || kept
        'abc1'      || true
        "ab\nc1"    || true
        "1\n"       || true
        'abc'       || false
    }

    def "a rule by predicate has no expression to mirror"() {
        given:
        def rule = PasswordRule.satisfying('not-abc', { it != 'abc' })

        expect:
        !rule.isKeptBy('abc')
        rule.isKeptBy('abd')
        rule.regex().isEmpty()
        rule.toString() == 'not-abc'
    }

    def "a rule has an id"() {
        when:
        PasswordRule.satisfying(id, { true })

        then:
        thrown(IllegalArgumentException)

        where:
        id << [null, ' ', '']
    }

    def "a broken rule names the field, the rule's id and its values"() {
        expect:
        PasswordRule.matching('min-length', '.{8,}', [min: 8]).brokenOn('password') ==
                FieldError.of('password', FieldRule.PASSWORD_RULE, 'id', 'min-length', 'min', 8)
    }
}

package turgus.domain.account.password

import spock.lang.Specification

class PasswordRuleSpec extends Specification {

    def "a rule by expression is kept when the whole password matches it, line breaks included"() {
        given:
        def rule = PasswordRule.matching('digit', '.*[0-9].*', 'must contain a digit')

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
        def rule = PasswordRule.satisfying('not-abc', { it != 'abc' }, 'must not be abc')

        expect:
        !rule.isKeptBy('abc')
        rule.isKeptBy('abd')
        rule.regex().isEmpty()
        rule.toString() == 'not-abc: must not be abc'
    }

    def "a rule has an id and a message"() {
        when:
        PasswordRule.satisfying(id, { true }, message)

        then:
        thrown(IllegalArgumentException)

        where:
        id     | message
        null   | 'must be fine'
        ' '    | 'must be fine'
        'fine' | null
        'fine' | ''
    }
}

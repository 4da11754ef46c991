package turgus.web.platform

import spock.lang.Specification
import turgus.domain.shared.FieldError
import turgus.domain.shared.FieldRule

class FieldRuleMessagesSpec extends Specification {
    static final Map<String, Object> EVERY_VALUE = [
            min: 1, max: 100, other: 'validFrom', allowed: 'a, b', value: 'ADMIN', length: 6, shape: '{x}',
            balance: 10.00, tier: 'Gold', below: 'Silver', attemptsLeft: 3, id: 'min-length', characters: '!?']

    def "every rule has English words that use its values: #rule"() {
        when:
        def problem = FieldRuleMessages.problemOf(new FieldError('field', rule, EVERY_VALUE))

        then:
        problem.field() == 'field'
        problem.rule() == rule.name()
        !problem.message().isBlank()
        !problem.message().contains('null')

        where:
        rule << FieldRule.values()
    }

    def "the words say the rule's values: #rule #params"() {
        expect:
        FieldRuleMessages.problemOf(new FieldError('f', rule, params)).message() == words

        where:
        rule                       | params                              || words
        FieldRule.TOO_LONG         | [max: 200]                          || 'must be at most 200 characters'
        FieldRule.OUT_OF_RANGE     | [min: 1, max: 100]                  || 'must be between 1 and 100'
        FieldRule.CODE_WRONG       | [attemptsLeft: 1]                   || 'is wrong; 1 try left'
        FieldRule.CODE_WRONG       | [attemptsLeft: 4]                   || 'is wrong; 4 tries left'
        FieldRule.REPEATED         | [value: 'ADMIN']                    || 'must not name ADMIN twice'
        FieldRule.REPEATED         | [:]                                 || 'must not repeat a value'
        FieldRule.PASSWORD_RULE    | [id: 'min-length', min: 8]          || 'must be at least 8 characters'
        FieldRule.PASSWORD_RULE    | [id: 'special-character', characters: '!?'] || 'must contain at least one of these characters: !?'
        FieldRule.TIER_NOT_ABOVE   | [tier: 'Gold', below: 'Silver']     || 'Gold must ask for more orders and more spending than Silver'
    }

    def "a rule without values leaves params out of the answer"() {
        expect:
        FieldRuleMessages.problemOf('name', FieldRule.REQUIRED).params() == null
        FieldRuleMessages.problemOf('name', FieldRule.TOO_LONG, 'max', 5).params() == [max: 5]
    }

    def "a rule that is the whole story is said as one sentence"() {
        expect:
        FieldRuleMessages.sentenceOf(FieldRule.UNDO_LINK_INVALID) == 'This link is invalid, used or expired.'
        FieldRuleMessages.sentenceOf(FieldRule.REQUIRED) == ErrorMessages.INVALID_INPUT
    }
}

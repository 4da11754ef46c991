package turgus.domain.account.password

import turgus.domain.shared.FieldRule
import static turgus.domain.account.password.PasswordPolicy.MAX_LENGTH
import static turgus.domain.account.password.PasswordPolicy.MIN_LENGTH
import static turgus.domain.account.password.PasswordPolicy.NOT_COMMON
import static turgus.domain.account.password.PasswordPolicy.PRINTABLE_ASCII
import static turgus.domain.account.password.PasswordPolicy.REQUIRED
import static turgus.domain.account.password.PasswordPolicy.SPECIAL_CHARACTER
import static turgus.domain.account.password.PasswordPolicy.UPPER_CASE

import spock.lang.Specification
import turgus.domain.shared.FieldError
import turgus.domain.shared.FieldValidation
import turgus.domain.shared.InvalidValueException

class PasswordPolicySpec extends Specification {
    /** Stands in for the adapter's list of leaked passwords, which compares without letter case. */
    static final Set<String> LEAKED = ['password1!', 'qwerty12$'] as Set
    static final PasswordPolicy POLICY = PasswordPolicy.of(PasswordSettings.DEFAULTS, { it.toLowerCase() in LEAKED })
    static final List<String> KEPT_ALL = []

    def "a password is acceptable only when it keeps every rule, and every rule it breaks is reported"() {
        expect:
        POLICY.check(password, 'password').brokenRuleIds() == broken

        where:
        password                      || broken
        'Sunny:Day7'                  || KEPT_ALL
        'Abcde:12'                    || KEPT_ALL
        'Abcde:1'                     || [MIN_LENGTH]
        'A:' + 'a' * 126              || KEPT_ALL
        'A:' + 'a' * 127              || [MAX_LENGTH]
        'Sunny Day!'                  || KEPT_ALL
        ' Sunny:Day7 '                || KEPT_ALL
        'Парольчик:A1'                || [PRINTABLE_ASCII]
        'Sunny:Dày7'                  || [PRINTABLE_ASCII]
        'Sunny:Day7🙂'                || [PRINTABLE_ASCII]
        "Sunny:\tDay7"                || [PRINTABLE_ASCII]
        "Sunny:Day7\n"                || [PRINTABLE_ASCII]
        "Sunny:Day7\u0000"            || [PRINTABLE_ASCII]
        "Sunny:Day7\u007F"            || [PRINTABLE_ASCII]
        "Sunny:Day7\u00A0"            || [PRINTABLE_ASCII]
        'sunny:day7'                  || [UPPER_CASE]
        'sunny:dАy7'                  || [PRINTABLE_ASCII, UPPER_CASE]
        'SunnyDay77'                  || [SPECIAL_CHARACTER]
        'Password1!'                  || [NOT_COMMON]
        'short'                       || [MIN_LENGTH, UPPER_CASE, SPECIAL_CHARACTER]
        'ш' * 129                     || [MAX_LENGTH, PRINTABLE_ASCII, UPPER_CASE, SPECIAL_CHARACTER]
        'qwerty12$'                   || [UPPER_CASE, NOT_COMMON]
        ''                            || [REQUIRED]
        null                          || [REQUIRED]
    }

    def "each of the special characters #special counts as one"() {
        expect:
        POLICY.check("Sunny${special}Day7", 'password').isAcceptable()

        where:
        special << ['$', '%', '&', '!', ':']
    }

    def "other punctuation such as '#other' is no special character"() {
        expect:
        POLICY.check("Sunny${other}Day7", 'password').brokenRuleIds() == [SPECIAL_CHARACTER]

        where:
        other << ['#', '@', '*', '?', '-', '_', '.', ',', ';', '^', '\\', '[', ']', ' ']
    }

    def "lengths count characters, not UTF-16 units, so an emoji counts once (and is refused as not ASCII)"() {
        expect:
        POLICY.check(password, 'password').brokenRuleIds() == broken

        where:
        password                 || broken
        'Abcde:1🙂'              || [PRINTABLE_ASCII]
        'Abcd:1🙂'               || [MIN_LENGTH, PRINTABLE_ASCII]
        'A:' + 'a' * 125 + '🙂'  || [PRINTABLE_ASCII]
        'A:' + 'a' * 126 + '🙂'  || [MAX_LENGTH, PRINTABLE_ASCII]
    }

    def "the broken rules are reported on the field given, in the order they are checked, in plain words"() {
        expect:
        POLICY.check('short', 'newPassword').violations() == [
                FieldError.of('newPassword', FieldRule.PASSWORD_RULE, 'id', 'min-length', 'min', 8),
                FieldError.of('newPassword', FieldRule.PASSWORD_RULE, 'id', 'upper-case'),
                FieldError.of('newPassword', FieldRule.PASSWORD_RULE, 'id', 'special-character', 'characters', '$%&!:'),
        ]
        POLICY.check('Пароль', 'password').violations()*.describe() == [
                'PASSWORD_RULE id=min-length, min=8',
                'PASSWORD_RULE id=printable-ascii',
                'PASSWORD_RULE id=upper-case',
                'PASSWORD_RULE id=special-character, characters=$%&!:',
        ]
        POLICY.check('A:' + 'a' * 127, 'password').violations() ==
                [FieldError.of('password', FieldRule.PASSWORD_RULE, 'id', 'max-length', 'max', 128)]
        POLICY.check('Password1!', 'password').violations() ==
                [FieldError.of('password', FieldRule.PASSWORD_RULE, 'id', 'not-common')]
        POLICY.check(null, 'password').violations() == [FieldError.of('password', FieldRule.REQUIRED)]
    }

    def "the leaked-password check is asked about the password exactly as typed, never about a missing one"() {
        given:
        def asked = []
        def policy = PasswordPolicy.of(PasswordSettings.DEFAULTS, { asked << it; false })

        when:
        policy.check(' Sunny:Day7 ', 'password')
        policy.check('', 'password')
        policy.check(null, 'password')

        then:
        asked == [' Sunny:Day7 ']
    }

    def "a very long password is refused for its length, and every other rule is still checked"() {
        expect:
        POLICY.check('A:' + 'a' * 1_000_000, 'password').brokenRuleIds() == [MAX_LENGTH]
        POLICY.check('a' * 1_000_000, 'password').brokenRuleIds() == [MAX_LENGTH, UPPER_CASE, SPECIAL_CHARACTER]
    }

    def "the rules come from the settings: #settings"() {
        given:
        def policy = PasswordPolicy.of(settings, { false })

        expect:
        policy.check(password, 'password').violations()*.describe() == messages

        where:
        settings                                                  | password      || messages
        PasswordSettings.DEFAULTS.withMinLength(12)               | 'Sunny:Day7'  || ['PASSWORD_RULE id=min-length, min=12']
        PasswordSettings.DEFAULTS.withMinLength(12)               | 'Sunny:Day7x' || ['PASSWORD_RULE id=min-length, min=12']
        PasswordSettings.DEFAULTS.withMinLength(12)               | 'Sunny:Day7xy'|| []
        PasswordSettings.DEFAULTS.withMaxLength(10)               | 'Sunny:Day7'  || []
        PasswordSettings.DEFAULTS.withMaxLength(10)               | 'Sunny:Day77' || ['PASSWORD_RULE id=max-length, max=10']
        PasswordSettings.DEFAULTS.withUpperCaseRequired(false)    | 'sunny:day7'  || []
        PasswordSettings.DEFAULTS.withSpecialCharacters('#')      | 'Sunny#Day7'  || []
        PasswordSettings.DEFAULTS.withSpecialCharacters('#')      | 'Sunny:Day7'  || ['PASSWORD_RULE id=special-character, characters=#']
        PasswordSettings.DEFAULTS.withSpecialCharacters('')       | 'SunnyDay77'  || []
        PasswordSettings.DEFAULTS.withSpecialCharacters('&&')     | 'Sunny&Day7'  || []
        PasswordSettings.DEFAULTS.withSpecialCharacters('&&')     | 'Sunny:Day7'  || ['PASSWORD_RULE id=special-character, characters=&']
    }

    def "special characters that mean something in a regular expression, like '#special', are taken literally"() {
        given:
        def policy = PasswordPolicy.of(PasswordSettings.DEFAULTS.withSpecialCharacters('^]-\\[.*'), { false })

        expect:
        policy.check("Sunny${special}Day7", 'password').isAcceptable()
        policy.check('Sunny:Day7', 'password').brokenRuleIds() == [SPECIAL_CHARACTER]
        policy.check('SunnyxDay7', 'password').brokenRuleIds() == [SPECIAL_CHARACTER]

        where:
        special << ['^', ']', '-', '\\', '[', '.', '*']
    }

    def "the rules are listed in the order they are checked, with the expression a browser can mirror"() {
        expect:
        POLICY.rules().collect { [it.id(), it.regex().orElse(null), it.params()] } == [
                [MIN_LENGTH, '.{8,}', [min: 8]],
                [MAX_LENGTH, '.{0,128}', [max: 128]],
                [PRINTABLE_ASCII, '[\\x20-\\x7E]*', [:]],
                [UPPER_CASE, '.*[A-Z].*', [:]],
                [SPECIAL_CHARACTER, '.*[$%&!:].*', [characters: '$%&!:']],
                [NOT_COMMON, null, [:]],
        ]
        POLICY.settings() == PasswordSettings.DEFAULTS
    }

    def "rules the settings switch off are not listed"() {
        given:
        def settings = PasswordSettings.DEFAULTS.withUpperCaseRequired(false).withSpecialCharacters('')

        expect:
        PasswordPolicy.of(settings, { false }).rules()*.id() == [MIN_LENGTH, MAX_LENGTH, PRINTABLE_ASCII, NOT_COMMON]
    }

    def "the confirmation must be the password typed exactly again"() {
        expect:
        POLICY.confirm(password, confirmation, 'passwordConfirmation').violations() == errors

        where:
        password      | confirmation   || errors
        'Sunny:Day7'  | 'Sunny:Day7'   || []
        'Sunny:Day7'  | 'sunny:day7'   || [FieldError.of('passwordConfirmation', FieldRule.PASSWORD_CONFIRMATION_MISMATCH)]
        'Sunny:Day7'  | 'Sunny:Day7 '  || [FieldError.of('passwordConfirmation', FieldRule.PASSWORD_CONFIRMATION_MISMATCH)]
        null          | 'Sunny:Day7'   || [FieldError.of('passwordConfirmation', FieldRule.PASSWORD_CONFIRMATION_MISMATCH)]
        'Sunny:Day7'  | ''             || [FieldError.of('passwordConfirmation', FieldRule.REQUIRED)]
        'Sunny:Day7'  | null           || [FieldError.of('passwordConfirmation', FieldRule.REQUIRED)]
    }

    def "a form with a password and its confirmation hears about both, the password's rules first"() {
        when:
        def check = POLICY.check('short', 'newPassword', 'shorter', 'newPasswordConfirmation')

        then:
        !check.isAcceptable()
        check.brokenRuleIds() == [MIN_LENGTH, UPPER_CASE, SPECIAL_CHARACTER, PasswordPolicy.CONFIRMATION]
        check.violations()*.field() == ['newPassword', 'newPassword', 'newPassword', 'newPasswordConfirmation']

        expect:
        POLICY.check('Sunny:Day7', 'newPassword', 'Sunny:Day7', 'newPasswordConfirmation').isAcceptable()
        POLICY.check('Sunny:Day7', 'newPassword', 'Sunny:Day8', 'newPasswordConfirmation').brokenRuleIds() ==
                [PasswordPolicy.CONFIRMATION]
    }

    def "the broken rules join a form's other errors, or are thrown on their own"() {
        given:
        def validation = new FieldValidation()
        validation.reject('email', FieldRule.REQUIRED)

        when:
        POLICY.check('short', 'password').reportTo(validation)
        validation.throwIfInvalid()

        then:
        def refused = thrown(InvalidValueException)
        refused.errors()*.field() == ['email', 'password', 'password', 'password']

        when:
        POLICY.check('sunny:day7', 'password').throwIfUnacceptable()

        then:
        def alone = thrown(InvalidValueException)
        alone.errors() == [FieldError.of('password', FieldRule.PASSWORD_RULE, 'id', 'upper-case')]
    }

    def "an acceptable password reports nothing and throws nothing"() {
        given:
        def validation = new FieldValidation()
        def check = POLICY.check('Sunny:Day7', 'password')

        when:
        check.reportTo(validation)
        check.throwIfUnacceptable()
        validation.throwIfInvalid()

        then:
        noExceptionThrown()
        check.isAcceptable()
        check.violations().isEmpty()
        check.toString() == 'acceptable'
        POLICY.check('short', 'password').toString() == 'broken [min-length, upper-case, special-character]'
    }

    def "bcrypt reads only 72 bytes, fewer than an acceptable password may take, so the hasher must shorten it first"() {
        expect:
        PasswordPolicy.utf8Length(password) == bytes
        PasswordPolicy.exceedsBcryptInput(password) == exceeds

        where:
        password     || bytes | exceeds
        'Sunny:Day7' || 10    | false
        'A' * 72     || 72    | false
        'A' * 73     || 73    | true
        'ж' * 36     || 72    | false
        'ж' * 37     || 74    | true
        '🙂'         || 4     | false
    }

    def "the longest acceptable password is longer than bcrypt reads"() {
        given:
        def longest = 'A:' + 'a' * 126

        expect:
        POLICY.check(longest, 'password').isAcceptable()
        PasswordPolicy.exceedsBcryptInput(longest)
    }

    def "a policy needs its settings and its leaked-password check"() {
        when:
        PasswordPolicy.of(settings, leaked)

        then:
        thrown(NullPointerException)

        where:
        settings                  | leaked
        null                      | { false }
        PasswordSettings.DEFAULTS | null
    }
}

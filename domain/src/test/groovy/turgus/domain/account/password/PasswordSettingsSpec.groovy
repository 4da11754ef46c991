package turgus.domain.account.password

import spock.lang.Specification

class PasswordSettingsSpec extends Specification {

    def "by default a password has 8 to 128 characters, an upper-case letter and one of \$%&!:"() {
        expect:
        with(PasswordSettings.DEFAULTS) {
            minLength() == 8
            maxLength() == 128
            specialCharacters() == '$%&!:'
            upperCaseRequired()
        }
    }

    def "settings that no password could keep, or that make no sense, are refused: #why"() {
        when:
        new PasswordSettings(min, max, specials, true)

        then:
        thrown(IllegalArgumentException)

        where:
        min | max | specials || why
        0   | 128 | '$'      || 'no characters at all'
        8   | 7   | '$'      || 'maximum below minimum'
        8   | 128 | 'a'      || 'a letter as a special character'
        8   | 128 | '1'      || 'a digit as a special character'
        8   | 128 | ' '      || 'a space as a special character'
        8   | 128 | '\t'     || 'a control character as a special character'
        8   | 128 | '€'      || 'a special character outside ASCII'
        8   | 128 | 'ж'      || 'a letter of another script'
    }

    def "the special characters are needed, and each counts once"() {
        when:
        new PasswordSettings(8, 128, null, true)

        then:
        thrown(NullPointerException)

        expect:
        new PasswordSettings(8, 128, '$$%%', true).specialCharacters() == '$%'
        new PasswordSettings(1, 1, '', false).maxLength() == 1
    }
}

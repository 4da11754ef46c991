package turgus.web.security

import spock.lang.Shared
import spock.lang.Specification

class CommonPasswordsSpec extends Specification {
    @Shared
    CommonPasswords common = new CommonPasswords()

    void "the list holds at least the 10,000 most common leaked passwords"() {
        expect:
        common.size() >= 10_000
    }

    void "#password is refused as common (#why)"() {
        expect:
        common.contains(password)

        where:
        password          | why
        'password'        | 'the most common of all'
        'PASSWORD'        | 'letter case does not count'
        'Password1!'      | 'on the list once the special character is cut off'
        '!Qwerty123$'     | 'its core qwerty is on the list'
        'Dragon%%'        | 'its core dragon is on the list'
        'Iloveyou!!'      | 'its core iloveyou is on the list'
        'Summer2024!'     | 'a common word and a year'
        'Letmein:1'       | 'a common phrase with a digit and a colon'
        '!123456789$'     | 'a common run of digits between special characters'
        'P@ssw0rd!'       | 'the leet spelling is on the list too'
        'Cateye'          | 'ranked 50,000th: the whole list counts, not only its top'
        'Turgus2024!'     | "the shop's own name, from our list of variants"
        'Abc123123!'      | 'a variant of a digit run, from our list of variants'
    }

    void "#password is accepted (#why)"() {
        expect:
        !common.contains(password)

        where:
        password                 | why
        'Correct-horse-7!'       | 'a passphrase that merely contains common words'
        'My-password-is-long-7!' | 'a common word inside is not a common password'
        'Dragon%%Castle'         | 'only the ends are cut, never the middle'
        'Sunny:Day7'             | 'not on any list'
        'Zoe!83917462$'          | 'a core of three letters is too short to count: the digits carry it'
        'Other-river-9!'         | 'not on any list'
        ''                       | 'nothing to compare'
        null                     | 'nothing to compare'
    }

    void "cutting the ends removes only digits and special characters there"() {
        expect:
        CommonPasswords.stripEnds(text, { char c -> Character.isLetter(c) }) == lettersCore
        CommonPasswords.stripEnds(text, { char c -> Character.isLetterOrDigit(c) }) == alphanumericCore

        where:
        text           || lettersCore | alphanumericCore
        '!qwerty123$'  || 'qwerty'    | 'qwerty123'
        'pass-word7!'  || 'pass-word' | 'pass-word7'
        '123!'         || ''          | '123'
        'plain'        || 'plain'     | 'plain'
    }
}

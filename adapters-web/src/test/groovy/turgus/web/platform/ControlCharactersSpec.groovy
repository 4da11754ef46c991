package turgus.web.platform

import spock.lang.Specification

/** Which characters no input may hold, in text and in a path as sent. */
class ControlCharactersSpec extends Specification {
    void "#description #verdict"() {
        expect:
        ControlCharacters.present(text) == refused

        where:
        description                     | text                  || refused
        'plain text'                    | 'Oak coffee grinder'  || false
        'text in Lithuanian and Russian'| 'Kavamalė кофемолка'  || false
        'a tab, line feed and return'   | 'one\ttwo\r\nthree'   || false
        'an empty text'                 | ''                    || false
        'a NUL'                         | 'Mu\u0000g'           || true
        'a bell'                        | 'ring\u0007'          || true
        'an escape'                     | '\u001b[31mred'       || true
        'the last C0 control (U+001F)'  | 'a\u001fb'            || true
        'a space, the first after them' | 'a b'                 || false
        'DEL, which is not C0'          | 'a\u007fb'            || false
        verdict = refused ? 'is refused' : 'is taken'
    }

    void "the path #path #verdict"() {
        expect:
        ControlCharacters.encodedIn(path) == refused

        where:
        path                                   || refused
        '/api/admin/promo-codes/SPRING10'      || false
        '/api/admin/promo-codes/SPRING%2010'   || false
        '/api/admin/promo-codes/SPRING%0010'   || true
        '/api/admin/promo-codes/%1f'           || true
        '/api/admin/promo-codes/%1F'           || true
        '/api/admin/promo-codes/tab%09'        || false
        '/api/admin/promo-codes/broken%0'      || false
        '/api/admin/promo-codes/broken%zz'     || false
        '/api/admin/promo-codes/%00'           || true
        verdict = refused ? 'is refused' : 'is taken'
    }
}

package turgus.domain.catalog.search

import spock.lang.Specification

class TyposSpec extends Specification {
    def "'#typed' is #verdict '#meant'"() {
        expect:
        Typos.withinReach(typed, meant) == reached

        where:
        typed        | meant         || reached
        'cofee'      | 'coffee'      || true
        'grnder'     | 'grinder'     || true
        'lpatop'     | 'laptop'      || true
        'kettel'     | 'kettle'      || true
        'keyboadr'   | 'keyboard'    || true
        'kyeboadr'   | 'keyboard'    || true
        'coffee'     | 'coffee'      || true
        'cofe'       | 'coffee'      || false
        'grndr'      | 'grinder'     || false
        'xoffee'     | 'coffee'      || false
        'tea'        | 'tee'         || false
        'mug'        | 'mud'         || false
        'laptop'     | 'lapdog'      || false

        verdict = reached ? 'taken for' : 'not taken for'
    }

    def "a word of #length letters may be #edits edits away"() {
        expect:
        Typos.allowedEdits('x' * length) == edits

        where:
        length || edits
        1      || 0
        3      || 0
        4      || 1
        7      || 1
        8      || 2
        20     || 2
    }
}

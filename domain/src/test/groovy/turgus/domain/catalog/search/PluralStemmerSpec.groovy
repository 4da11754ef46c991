package turgus.domain.catalog.search

import spock.lang.Specification

class PluralStemmerSpec extends Specification {
    def "'#word' stems to '#stem'"() {
        expect:
        PluralStemmer.stem(word) == stem
        word.startsWith(stem)

        where:
        word        || stem
        'laptops'   || 'laptop'
        'laptop'    || 'laptop'
        'boxes'     || 'box'
        'box'       || 'box'
        'glasses'   || 'glass'
        'glass'     || 'glass'
        'watches'   || 'watch'
        'dishes'    || 'dish'
        'shoes'     || 'shoe'
        'batteries' || 'batter'
        'battery'   || 'batter'
        'trays'     || 'tray'
        'tray'      || 'tray'
        'cactus'    || 'cactus'
        'tennis'    || 'tennis'
        'bus'       || 'bus'
        'mugs'      || 'mug'
        'mug'       || 'mug'
        '4kgs'      || '4kgs'
    }

    def "a singular and its plural share the stem: #singular, #plural"() {
        expect:
        PluralStemmer.stem(singular) == PluralStemmer.stem(plural)

        where:
        singular  | plural
        'grinder' | 'grinders'
        'battery' | 'batteries'
        'box'     | 'boxes'
        'kettle'  | 'kettles'
        'brush'   | 'brushes'
    }
}

package turgus.domain.catalog.search

import spock.lang.Specification

class SearchTextSpec extends Specification {
    def "'#text' reads as the words #words"() {
        expect:
        SearchText.words(text) == words

        where:
        text                          || words
        'Laptop'                      || ['laptop']
        '  Coffee   GRINDER '         || ['coffee', 'grinder']
        'Café crème'                  || ['cafe', 'creme']
        'Straße, Øresund & Łódź'      || ['strasse', 'oresund', 'lodz']
        'Ærø'                         || ['aero']
        'naïve résumé'                || ['naive', 'resume']
        'wi-fi 4K/60fps'              || ['wi', 'fi', '4k', '60fps']
        '100% Arabica'                || ['100', 'arabica']
        'snake_case'                  || ['snake', 'case']
        'Кофе'                        || ['кофе']
        '%_\\'                        || []
        '   '                         || []
        null                          || []
    }

    def "a word is cut at #max characters"() {
        expect:
        SearchText.words('a' * 80) == ['a' * max]

        where:
        max = SearchText.MAX_WORD_LENGTH
    }

    def "distinct words keep their first order"() {
        expect:
        SearchText.distinctWords('tea Tea green TEA') as List == ['tea', 'green']
    }
}

package turgus.domain.catalog.search

import spock.lang.Specification

class SearchQuerySpec extends Specification {
    def "'#text' is read as the prefixes #prefixes"() {
        expect:
        SearchQuery.parse(text).words()*.prefix() == prefixes

        where:
        text                          || prefixes
        'Laptops'                     || ['laptop']
        'lapt'                        || ['lapt']
        'coffee  GRINDERS coffee'     || ['coffee', 'grinder']
        'Café'                        || ['cafe']
        'a b c d e f'                 || ['a', 'b', 'c', 'd']
        '%%'                          || []
        null                          || []
    }

    def "'#text' is #verdict in '#catalog'"() {
        given:
        SearchQuery query = SearchQuery.parse(text)
        List<String> words = SearchText.words(catalog)

        expect:
        query.foundIn(words, typos ? query.typos(words) : [:]) == found

        where:
        text            | catalog                       | typos || found
        'lapt'          | 'Gaming Laptop'               | false || true
        'laptops'       | 'Gaming Laptop'               | false || true
        'laptop gaming' | 'Gaming Laptop'               | false || true
        'laptop office' | 'Gaming Laptop'               | false || false
        'aptop'         | 'Gaming Laptop'               | false || false
        'cafe'          | 'Café crème'                  | false || true
        'cofee'         | 'Coffee grinder'              | false || false
        'cofee'         | 'Coffee grinder'              | true  || true
        'grnder cofee'  | 'Coffee grinder'              | true  || true
        'grnder tea'    | 'Coffee grinder'              | true  || false

        verdict = found ? 'found' : 'not found'
    }

    def "'#typed' most likely stands for #meant among #words"() {
        expect:
        SearchQuery.Word.of(typed).likelyMeant(words) == Optional.ofNullable(meant)

        where:
        typed    | words                              || meant
        'cofee'  | ['coffee', 'cafe', 'tea']          || 'coffee'
        'cofee'  | ['coffer', 'coffee']               || 'coffee'
        'cofee'  | ['cofee', 'coffee']                || 'coffee'
        'kettel' | ['kettle', 'kettles']              || 'kettle'
        'tea'    | ['tee', 'sea']                     || null
        'grnder' | ['grinder', 'gender', 'grander']   || 'gender'
        'phone'  | []                                 || null
    }

    def "a prefix must begin its word"() {
        when:
        new SearchQuery.Word('coffee', 'tea')

        then:
        thrown(IllegalArgumentException)
    }
}

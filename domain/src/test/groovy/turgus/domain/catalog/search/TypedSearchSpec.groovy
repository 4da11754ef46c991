package turgus.domain.catalog.search

import spock.lang.Specification

class TypedSearchSpec extends Specification {
    def "'#query' after #recent: kept #keep, forgetting #forget"() {
        expect:
        TypedSearch.decide(query, recent) == new TypedSearch.Decision(keep, forget)

        where:
        query         | recent                  || keep  | forget
        'laptop'      | []                      || true  | []
        'laptop'      | ['lap', 'lapt']         || true  | ['lap', 'lapt']
        'lapt'        | ['lap']                 || true  | ['lap']
        'lap'         | ['laptop']              || false | []
        'laptop'      | ['laptop']              || false | []
        'laptop'      | ['lap', 'laptop']       || false | []
        'laptop bag'  | ['laptop', 'lap']       || true  | ['laptop', 'lap']
        'tea'         | ['laptop']              || true  | []
        'lap'         | ['lap', 'lap']          || false | []
        'a'           | []                      || false | []
        '?!'          | []                      || false | []
        'a b'         | []                      || false | []
        'tv'          | []                      || true  | []
        '4k'          | []                      || true  | []
    }
}

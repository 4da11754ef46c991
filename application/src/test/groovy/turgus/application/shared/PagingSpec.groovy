package turgus.application.shared

import spock.lang.Specification
import turgus.domain.shared.InvalidValueException

class PagingSpec extends Specification {

    def "a page request is 0-based with 1 to 100 items, 20 by default"() {
        expect:
        rule { PageRequest.of(page, size).toString() } == outcome

        where:
        page | size || outcome
        null | null || 'PageRequest[page=0, size=20]'
        3    | 100  || 'PageRequest[page=3, size=100]'
        0    | 1    || 'PageRequest[page=0, size=1]'
        -1   | 20   || 'page: TOO_SMALL min=0'
        0    | 0    || 'size: OUT_OF_RANGE min=1, max=100'
        0    | 101  || 'size: OUT_OF_RANGE min=1, max=100'
    }

    def "the total number of pages rounds up"() {
        expect:
        new Page([], 0, size, total).totalPages() == pages

        where:
        size | total || pages
        20   | 0     || 0
        20   | 1     || 1
        20   | 20    || 1
        20   | 21    || 2
        20   | 57    || 3
    }

    def "a page knows its offset and maps its items"() {
        expect:
        new PageRequest(3, 20).offset() == 60
        Page.of([1, 2], new PageRequest(0, 2), 5).map { it * 10 }.items() == [10, 20]
    }

    private static String rule(Closure<?> construction) {
        try {
            construction()
        } catch (InvalidValueException refused) {
            "${refused.field()}: ${refused.errors()[0].describe()}"
        }
    }
}

package turgus.application.catalog

import static turgus.domain.testing.ProductFixtures.aProduct

import java.time.Instant
import spock.lang.Specification
import turgus.application.shared.NotFoundException
import turgus.application.shared.PageRequest
import turgus.application.testing.InMemoryProductRepository
import turgus.domain.catalog.ProductId
import turgus.domain.shared.InvalidValueException

class CatalogServiceSpec extends Specification {
    def repository = new InMemoryProductRepository()
    def catalog = new CatalogService(repository)

    def setup() {
        repository.add(aProduct().named('Coffee beans').priced('12.00').createdAt(Instant.parse('2026-01-01T00:00:00Z')).build())
        repository.add(aProduct().named('Apple tea').priced('3.50').createdAt(Instant.parse('2026-03-01T00:00:00Z')).build())
        repository.add(aProduct().named('Bread knife').priced('25.00').withdrawn().build())
    }

    def "shoppers see active products only, in the order asked for"() {
        when:
        def page = catalog.browse('', sort, PageRequest.of(0, 10))

        then:
        page.items()*.name()*.value() == names
        page.totalItems() == 2

        where:
        sort     || names
        null     || ['Apple tea', 'Coffee beans']
        'name'   || ['Apple tea', 'Coffee beans']
        'price'  || ['Apple tea', 'Coffee beans']
        '-price' || ['Coffee beans', 'Apple tea']
        'newest' || ['Apple tea', 'Coffee beans']
    }

    def "a search without a sort lists the best matches first, one with a sort in that order"() {
        given:
        repository.add(aProduct().named('Teapot').priced('30.00').described('Brews apple tea and green tea.').build())

        expect:
        catalog.browse('tea', sort, PageRequest.of(0, 10)).items()*.name()*.value() == names

        where:
        sort     || names
        null     || ['Apple tea', 'Teapot']
        '-price' || ['Teapot', 'Apple tea']
    }

    def "an unknown sort is refused for the sort field: #sort"() {
        when:
        catalog.browse(text, sort, PageRequest.of(0, 10))

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'sort'
        refused.errors()[0].describe() == 'NOT_ONE_OF allowed=name, price, -price, newest'

        where:
        text  | sort
        ''    | 'cheapest'
        'tea' | 'relevance'
    }

    def "a withdrawn or unknown product is not found by shoppers"() {
        when:
        catalog.show(ProductId.of(id))

        then:
        def missing = thrown(NotFoundException)
        missing.message == "Product $id was not found"

        where:
        id << [3, 99]
    }

    def "an active product is shown"() {
        expect:
        catalog.show(ProductId.of(1)).name().value() == 'Coffee beans'
    }

    def "admins see products by status, newest first"() {
        when:
        def page = catalog.browseAll(null, status, PageRequest.of(0, 10))

        then:
        page.items()*.name()*.value() as Set == names as Set

        where:
        status      || names
        null        || ['Coffee beans', 'Apple tea', 'Bread knife']
        'all'       || ['Coffee beans', 'Apple tea', 'Bread knife']
        'ACTIVE'    || ['Coffee beans', 'Apple tea']
        'withdrawn' || ['Bread knife']
    }

    def "admins can open a withdrawn product, but not an unknown one"() {
        expect:
        catalog.showAny(ProductId.of(3)).name().value() == 'Bread knife'

        when:
        catalog.showAny(ProductId.of(42))

        then:
        thrown(NotFoundException)
    }

    def "an unknown status filter is refused for the status field"() {
        when:
        catalog.browseAll('', 'sold', PageRequest.of(0, 10))

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'status'
    }
}

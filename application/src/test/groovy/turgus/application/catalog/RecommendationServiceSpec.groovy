package turgus.application.catalog

import static turgus.domain.testing.ProductFixtures.aProduct

import spock.lang.Specification
import turgus.application.shared.NotFoundException
import turgus.application.testing.InMemoryProductRepository
import turgus.domain.catalog.ProductId

class RecommendationServiceSpec extends Specification {
    def products = new InMemoryProductRepository()
    def recommendations = new RecommendationService(new CatalogService(products), products)

    ProductId tea = products.add(aProduct().named('Tea').build()).requireId()
    ProductId cup = products.add(aProduct().named('Cup').build()).requireId()
    ProductId kettle = products.add(aProduct().named('Kettle').build()).requireId()
    ProductId oldPot = products.add(aProduct().named('Old pot').withdrawn().build()).requireId()

    def "a product page suggests what was bought with it, most often first, active products only"() {
        given:
        products.boughtTogether[tea] = [kettle, oldPot, cup]

        expect:
        recommendations.boughtTogetherWith(tea)*.name()*.value() == ['Kettle', 'Cup']
        recommendations.boughtTogetherWith(cup) == []
    }

    def "at most #limit suggestions are made"() {
        given:
        products.boughtTogether[tea] = (1..10).collect { products.add(aProduct().named("Extra ${it}").build()).requireId() }

        expect:
        recommendations.boughtTogetherWith(tea).size() == limit

        where:
        limit = RecommendationService.LIMIT
    }

    def "a withdrawn or unknown product has no page, so no suggestions: #why"() {
        when:
        recommendations.boughtTogetherWith(id)

        then:
        thrown(NotFoundException)

        where:
        why         | id
        'withdrawn' | ProductId.of(4)
        'unknown'   | ProductId.of(99)
    }
}

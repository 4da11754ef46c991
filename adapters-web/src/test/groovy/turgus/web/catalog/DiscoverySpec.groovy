package turgus.web.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.shopping.ShoppingWebSpec
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

import java.time.Duration

/** Recommendations on a product page and trending searches under the search box, over HTTP. */
@MicronautTest(transactional = false)
class DiscoverySpec extends ShoppingWebSpec {

    String word() {
        'w' + UUID.randomUUID().toString().replace('-', '').substring(0, 10)
    }

    void buy(List<Long> products) {
        TestUser buyer = buyerWith('500')
        products.each { addToCart(buyer, it) }
        assert checkout(buyer).status == 201
    }

    void "a product page recommends what was bought with it, most often first"() {
        given:
        long tea = addProduct('Tea')
        long cup = addProduct('Cup')
        long kettle = addProduct('Kettle')
        long lonely = addProduct('Lonely')
        buy([tea, cup, kettle])
        buy([tea, cup])

        when:
        Reply reply = get("/api/products/${tea}/recommendations", customer.accessToken)

        then:
        reply.status == 200
        reply.json*.id == [cup, kettle]
        reply.json[0].keySet().containsAll(['id', 'name', 'description', 'price', 'salePrice', 'stock', 'imageUrl', 'createdAt', 'updatedAt'])
        get("/api/products/${lonely}/recommendations", customer.accessToken).json == []
    }

    void "recommendations of a withdrawn or unknown product are a 404, of a bad id a 400, without a token a 401"() {
        given:
        long gone = addProduct()
        assert post("/api/admin/products/${gone}/withdraw", null, admin.accessToken).status == 200

        expect:
        get("/api/products/${gone}/recommendations", customer.accessToken).status == 404
        get('/api/products/999999/recommendations', customer.accessToken).status == 404
        get('/api/products/abc/recommendations', customer.accessToken).status == 400
        get("/api/products/${gone}/recommendations").json == [code: 401, message: 'Unauthorized']
    }

    void "searches that found something trend, counted once per shopper, most searched first"() {
        given:
        String popular = word()
        String rare = word()
        String nothing = word()
        addProduct("Lamp ${popular}")
        addProduct("Lamp ${rare}")
        TestUser anna = newUser()
        TestUser ben = newUser()
        get("/api/products?q=${popular}", anna.accessToken)
        get("/api/products?q=${popular.toUpperCase()}", anna.accessToken)
        get("/api/products?q=${popular}&page=1", ben.accessToken)
        get("/api/products?q=${popular}", ben.accessToken)
        get("/api/products?q=${rare}", anna.accessToken)
        get("/api/products?q=${nothing}", anna.accessToken)

        when:
        Reply trending = get('/api/search/trending', customer.accessToken)

        then:
        trending.status == 200
        trending.json.findAll { it.query in [popular, rare, nothing] } == [[query: popular, count: 2], [query: rare, count: 1]]

        when: 'eight days pass'
        clock.advance(Duration.ofDays(8))

        then:
        get('/api/search/trending', customer.accessToken).json.findAll { it.query in [popular, rare] } == []
    }

    void "a search typed letter by letter trends as the search it became, not as its beginnings"() {
        given:
        String typed = word()
        addProduct("Lamp ${typed}")
        TestUser anna = newUser()

        when: 'the search box searches as she types'
        [typed.substring(0, 4), typed.substring(0, 7), typed].each {
            assert get("/api/products?q=${it}", anna.accessToken).json.totalItems == 1
        }

        then:
        get('/api/search/trending?limit=50', customer.accessToken).json.findAll { it.query.startsWith(typed.substring(0, 4)) } ==
                [[query: typed, count: 1]]
    }

    void "the trending limit is #limit: #verdict"() {
        expect:
        get("/api/search/trending?limit=${limit}", customer.accessToken).status == status

        where:
        limit || status
        '1'   || 200
        '50'  || 200
        '0'   || 400
        '51'  || 400
        '2.5' || 400
        'abc' || 400
        verdict = status == 200 ? 'accepted' : 'refused'
    }

    void "trending searches need a signed-in shopper"() {
        expect:
        get('/api/search/trending').json == [code: 401, message: 'Unauthorized']
    }
}

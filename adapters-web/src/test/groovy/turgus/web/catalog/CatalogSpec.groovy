package turgus.web.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Shared
import spock.lang.Unroll
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

import java.time.Instant

/** The catalog as shoppers browse it. */
@MicronautTest(transactional = false)
class CatalogSpec extends WebSpec {
    static final List<String> PRODUCT_FIELDS =
            ['id', 'name', 'description', 'price', 'salePrice', 'stock', 'imageUrl', 'createdAt', 'updatedAt']

    @Shared
    String word = 'Zorblax' + UUID.randomUUID().toString().substring(0, 6)

    @Shared
    Map<String, Long> ids = [:]

    void setup() {
        if (!ids) {
            ids.apple = addProduct("${word} Apple tea", '9.50', 5)
            ids.cherry = addProduct("${word} Cherry tea", '3.20', 0)
            ids.banana = addProduct("${word} Banana tea", '12.00', 7)
            ids.withdrawn = addProduct("${word} Durian tea", '1.00', 1)
            assert post("/api/admin/products/${ids.withdrawn}/withdraw", null, admin.accessToken).status == 200
        }
    }

    long addProduct(String name, String price, int stock) {
        Reply reply = post('/api/admin/products', [name: name, description: "About ${name}", price: new BigDecimal(price), stock: stock], admin.accessToken)
        assert reply.status == 201: reply
        reply.json.id as long
    }

    void "a shopper sees a page of active products with the paging fields"() {
        when:
        Reply reply = get("/api/products?q=${word}", customer.accessToken)

        then:
        reply.status == 200
        reply.json.keySet() == ['items', 'page', 'size', 'totalItems', 'totalPages'] as Set
        reply.json.page == 0
        reply.json.size == 20
        reply.json.totalItems == 3
        reply.json.totalPages == 1
        reply.json.items*.id as Set == [ids.apple, ids.cherry, ids.banana] as Set
        reply.json.items.every { it.keySet() == PRODUCT_FIELDS as Set }
    }

    void "a product shows its price as a number, no sale, no picture and ISO times"() {
        when:
        Map product = get("/api/products/${ids.apple}", customer.accessToken).json as Map

        then:
        product.name == "${word} Apple tea".toString()
        product.description == "About ${word} Apple tea".toString()
        product.price == 9.5
        product.salePrice == null
        product.stock == 5
        product.imageUrl == null
        Instant.parse(product.createdAt as String)
        (product.updatedAt as String).endsWith('Z')
    }

    void "an empty search answers an empty page, with its items"() {
        when:
        Reply reply = get('/api/products?q=nothing-matches-this-at-all', customer.accessToken)

        then:
        reply.json.items == []
        reply.json.totalItems == 0
        reply.json.totalPages == 0
    }

    @Unroll
    void "a search for '#typed' finds #expected, best matches first"() {
        given: 'products of a word of their own, so that other features do not see them'
        String own = 'Quillet' + word.substring(7).toLowerCase()
        if (!ids.containsKey(own)) {
            ids[own] = addProduct("${own} Espresso grinder", '80.00', 3)
            addProductDescribed("${own} Kettle", 'Boils water for espresso cups.')
            addProductDescribed("${own} Café crème cups", 'Two cups.')
        }

        when:
        Reply reply = get("/api/products?q=${URLEncoder.encode(typed.replace('OWN', own), 'UTF-8')}", customer.accessToken)

        then:
        reply.status == 200
        reply.json.items*.name.collect { it - "${own} " } == expected

        where:
        typed                || expected
        'OWN espresso'       || ['Espresso grinder', 'Kettle']
        'espresso OWN'       || ['Espresso grinder', 'Kettle']
        'OWN espr'           || ['Espresso grinder', 'Kettle']
        'OWN grinders'       || ['Espresso grinder']
        'OWN cafe creme'     || ['Café crème cups']
        'OWN espreso grnder' || ['Espresso grinder']
    }

    long addProductDescribed(String name, String description) {
        Reply reply = post('/api/admin/products', [name: name, description: description, price: 5, stock: 1], admin.accessToken)
        assert reply.status == 201: reply
        reply.json.id as long
    }

    @Unroll
    void "sorting by '#sort' orders the products #expected"() {
        when:
        Reply reply = get("/api/products?q=${word}&sort=${URLEncoder.encode(sort, 'UTF-8')}", customer.accessToken)

        then:
        reply.status == 200
        reply.json.items*.name.collect { it.split(' ')[1] } == expected

        where:
        sort     | expected
        'name'   | ['Apple', 'Banana', 'Cherry']
        'price'  | ['Cherry', 'Apple', 'Banana']
        '-price' | ['Banana', 'Apple', 'Cherry']
        'newest' | ['Banana', 'Cherry', 'Apple']
    }

    void "pages split the listing"() {
        when:
        Reply first = get("/api/products?q=${word}&size=2&sort=name", customer.accessToken)
        Reply second = get("/api/products?q=${word}&size=2&page=1&sort=name", customer.accessToken)

        then:
        first.json.items.size() == 2
        first.json.totalPages == 2
        second.json.page == 1
        second.json.items.size() == 1
        second.json.items[0].name.contains('Cherry')
    }

    @Unroll
    void "a bad #field is a 400 naming it (#query)"() {
        when:
        Reply reply = get("/api/products?${query}", customer.accessToken)

        then:
        reply.status == 400
        reply.json.code == 400
        reply.json.errors*.field == [field]

        where:
        query        | field
        'size=0'     | 'size'
        'size=101'   | 'size'
        'size=abc'   | 'size'
        'page=-1'    | 'page'
        'page=x'     | 'page'
        'sort=cheap' | 'sort'
    }

    void "a withdrawn product is not found by shoppers"() {
        expect:
        get("/api/products/${ids.withdrawn}", customer.accessToken).status == 404
        get("/api/products?q=Durian", customer.accessToken).json.items.empty
    }

    @Unroll
    void "product id '#id' answers #status"() {
        when:
        Reply reply = get("/api/products/${id}", customer.accessToken)

        then:
        reply.status == status
        reply.json.code == status

        where:
        id                     | status
        '999999'               | 404
        '0'                    | 404
        '-3'                   | 404
        'abc'                  | 400
        '1.5'                  | 400
        '99999999999999999999' | 400
    }

    void "the unknown product's 404 names it in words"() {
        expect:
        get('/api/products/999999', customer.accessToken).json == [code: 404, message: 'Product 999999 was not found', reason: 'NOT_FOUND', details: [resource: 'PRODUCT', id: 999999]]
    }

    void "an admin can shop too"() {
        expect:
        get("/api/products/${ids.apple}", admin.accessToken).status == 200
    }

    void "the catalog needs a token"() {
        expect:
        get('/api/products').status == 401
        get("/api/products/${ids.apple}").status == 401
    }
}

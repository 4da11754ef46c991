package turgus.web.catalog

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Unroll
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

import java.time.Instant
import java.time.temporal.ChronoUnit

/** The admins' product management. */
@MicronautTest(transactional = false)
class AdminProductSpec extends WebSpec {
    static final List<String> ADMIN_FIELDS = ['id', 'name', 'description', 'price', 'salePrice', 'stock', 'imageUrl',
                                              'createdAt', 'updatedAt', 'active', 'salePercent', 'saleEndsAt']

    Map addProduct(Map overrides = [:]) {
        Map body = [name: 'Teapot ' + UUID.randomUUID().toString().substring(0, 8), description: 'Cast iron', price: 25.5, stock: 3] + overrides
        Reply reply = post('/api/admin/products', body, admin.accessToken)
        assert reply.status == 201: reply
        reply.json as Map
    }

    void "an admin adds a product: 201 with the product and its Location"() {
        when:
        Reply reply = post('/api/admin/products', [name: '  Kettle  ', description: 'Whistles', price: 19.99, stock: 4], admin.accessToken)

        then:
        reply.status == 201
        reply.header('Location') == "/api/admin/products/${reply.json.id}"
        reply.json.keySet() == ADMIN_FIELDS as Set
        reply.json.name == 'Kettle'
        reply.json.price == 19.99
        reply.json.stock == 4
        reply.json.active == true
        reply.json.salePercent == null
        reply.json.saleEndsAt == null
        reply.json.salePrice == null

        and: 'the Location answers the same product'
        get(reply.header('Location'), admin.accessToken).json.id == reply.json.id
    }

    void "stock may be left out and description too"() {
        when:
        Reply reply = post('/api/admin/products', [name: 'Spoon', price: 2], admin.accessToken)

        then:
        reply.status == 201
        reply.json.stock == 0
        reply.json.description == ''
    }

    @Unroll
    void "adding a product with #problem is a 400 naming #fields"() {
        when:
        Reply reply = post('/api/admin/products', body, admin.accessToken)

        then:
        reply.status == 400
        reply.json.code == 400
        reply.json.errors*.field as Set == fields as Set

        where:
        problem                 | body                                                   | fields
        'nothing'               | [:]                                                    | ['name', 'price']
        'a blank name'          | [name: ' ', price: 1]                                  | ['name']
        'a name too long'       | [name: 'x' * 201, price: 1]                            | ['name']
        'three decimals'        | [name: 'Cup', price: 1.005]                            | ['price']
        'a zero price'          | [name: 'Cup', price: 0]                                | ['price']
        'a negative price'      | [name: 'Cup', price: -4]                               | ['price']
        'a price too high'      | [name: 'Cup', price: 1000000.01]                       | ['price']
        'negative stock'        | [name: 'Cup', price: 1, stock: -1]                     | ['stock']
        'a fraction of stock'   | [name: 'Cup', price: 1, stock: 1.5]                    | ['stock']
        'stock too high'        | [name: 'Cup', price: 1, stock: 1000001]                | ['stock']
        'text for a price'      | [name: 'Cup', price: 'cheap']                          | ['price']
        'text for stock'        | [name: 'Cup', price: 1, stock: 'lots']                 | ['stock']
        'everything wrong'      | [name: '', price: 1.001, stock: -2, description: 'x' * 2001] | ['name', 'price', 'stock', 'description']
    }

    void "a price with three decimals says why"() {
        expect:
        post('/api/admin/products', [name: 'Cup', price: 1.005], admin.accessToken).json.errors ==
                [[field: 'price', message: 'must have at most 2 decimals', rule: 'TOO_MANY_DECIMALS', params: [max: 2]]]
    }

    @Unroll
    void "the admin list filters by status '#status'"() {
        given:
        String word = 'Gizmo' + UUID.randomUUID().toString().substring(0, 6)
        Map active = addProduct(name: "${word} one")
        Map withdrawn = addProduct(name: "${word} two")
        post("/api/admin/products/${withdrawn.id}/withdraw", null, admin.accessToken)

        when:
        Reply reply = get("/api/admin/products?q=${word}" + (status ? "&status=${status}" : ''), admin.accessToken)

        then:
        reply.status == 200
        reply.json.items*.id as Set == (expected.collect { it == 'active' ? active.id : withdrawn.id } as Set)
        reply.json.items.every { it.keySet() == ADMIN_FIELDS as Set }

        where:
        status      | expected
        null        | ['active', 'withdrawn']
        'all'       | ['active', 'withdrawn']
        'active'    | ['active']
        'withdrawn' | ['withdrawn']
        'ACTIVE'    | ['active']
    }

    void "an unknown status is a 400 naming it"() {
        expect:
        get('/api/admin/products?status=sold', admin.accessToken).json.errors*.field == ['status']
    }

    void "an admin changes name, description and price; other fields stay"() {
        given:
        Map product = addProduct()

        when:
        Reply reply = patch("/api/admin/products/${product.id}", [name: 'Big teapot', price: 30], admin.accessToken)

        then:
        reply.status == 200
        reply.json.name == 'Big teapot'
        reply.json.price == 30
        reply.json.description == 'Cast iron'
        reply.json.stock == 3
        Instant.parse(reply.json.updatedAt as String) >= Instant.parse(product.updatedAt as String)
    }

    void "a sale starts with salePercent and shows its price; null ends it"() {
        given:
        Map product = addProduct(price: 40)
        String ends = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString()

        when:
        Reply started = patch("/api/admin/products/${product.id}", [salePercent: 25, saleEndsAt: ends], admin.accessToken)

        then:
        started.status == 200
        started.json.salePercent == 25
        started.json.saleEndsAt == ends
        started.json.salePrice == 30
        get("/api/products/${product.id}", customer.accessToken).json.salePrice == 30

        when: 'a change that does not mention the sale'
        Reply renamed = patch("/api/admin/products/${product.id}", [name: 'Renamed'], admin.accessToken)

        then: 'keeps it'
        renamed.json.salePercent == 25

        when:
        Reply ended = patch("/api/admin/products/${product.id}", [salePercent: null], admin.accessToken)

        then:
        ended.status == 200
        ended.json.salePercent == null
        ended.json.saleEndsAt == null
        ended.json.salePrice == null
        get("/api/products/${product.id}", customer.accessToken).json.salePrice == null
    }

    void "onSale=true lists only the products whose sale runs now"() {
        given:
        String word = 'Sale' + UUID.randomUUID().toString().substring(0, 6)
        Map running = addProduct(name: "${word} running", price: 10)
        Map ended = addProduct(name: "${word} ended", price: 10)
        addProduct(name: "${word} none", price: 10)
        patch("/api/admin/products/${running.id}", [salePercent: 20], admin.accessToken)
        patch("/api/admin/products/${ended.id}", [salePercent: 20, saleEndsAt: '2020-01-01T00:00:00Z'], admin.accessToken)

        expect:
        get("/api/admin/products?q=${word}&onSale=true", admin.accessToken).json.items*.id == [running.id]
        get("/api/admin/products?q=${word}&onSale=false", admin.accessToken).json.totalItems == 3
        get("/api/admin/products?q=${word}", admin.accessToken).json.totalItems == 3
        get("/api/admin/products?onSale=maybe", admin.accessToken).status == 400
    }

    void "a sale that has ended keeps its settings but no sale price"() {
        given:
        Map product = addProduct(price: 10)

        when:
        Reply reply = patch("/api/admin/products/${product.id}",
                [salePercent: 50, saleEndsAt: '2020-01-01T00:00:00Z'], admin.accessToken)

        then:
        reply.status == 200
        reply.json.salePercent == 50
        reply.json.salePrice == null
    }

    @Unroll
    void "a change with #problem is a 400 naming #field"() {
        given:
        Map product = addProduct()

        when:
        Reply reply = sendRaw('PATCH', "/api/admin/products/${product.id}", body, admin.accessToken)

        then:
        reply.status == 400
        reply.json.errors*.field == [field]

        where:
        problem                  | body                                          | field
        'a blank name'           | '{"name": ""}'                                | 'name'
        'three decimals'         | '{"price": 2.999}'                            | 'price'
        'a sale of 95%'          | '{"salePercent": 95}'                         | 'salePercent'
        'a sale of 0%'           | '{"salePercent": 0}'                          | 'salePercent'
        'a fractional percent'   | '{"salePercent": 12.5}'                       | 'salePercent'
        'an end without percent' | '{"saleEndsAt": "2030-01-01T00:00:00Z"}'      | 'salePercent'
        'a bad end time'         | '{"salePercent": 10, "saleEndsAt": "soon"}'   | 'saleEndsAt'
        'text for a price'       | '{"price": "free"}'                           | 'price'
        'an array body'          | '[1, 2]'                                      | 'body'
    }

    void "a change to broken JSON is a 400"() {
        given:
        Map product = addProduct()

        expect:
        sendRaw('PATCH', "/api/admin/products/${product.id}", '{"name": ', admin.accessToken).status == 400
    }

    void "restocking adds to the stock"() {
        given:
        Map product = addProduct(stock: 3)

        when:
        Reply reply = post("/api/admin/products/${product.id}/restock", [quantity: 7], admin.accessToken)

        then:
        reply.status == 200
        reply.json.stock == 10
    }

    @Unroll
    void "restocking with #problem is a 400 naming quantity"() {
        given:
        Map product = addProduct(stock: 3)

        when:
        Reply reply = post("/api/admin/products/${product.id}/restock", body, admin.accessToken)

        then:
        reply.status == 400
        reply.json.errors*.field == ['quantity']

        where:
        problem                | body
        'no quantity'          | [:]
        'zero'                 | [quantity: 0]
        'a negative quantity'  | [quantity: -5]
        'a fraction'           | [quantity: 2.5]
        'text'                 | [quantity: 'ten']
        'too much'             | [quantity: 1_000_000]
    }

    void "withdrawing hides a product from shoppers and reinstating brings it back"() {
        given:
        Map product = addProduct()

        when:
        Reply withdrawn = post("/api/admin/products/${product.id}/withdraw", null, admin.accessToken)

        then:
        withdrawn.status == 200
        withdrawn.json.active == false
        get("/api/products/${product.id}", customer.accessToken).status == 404
        get("/api/admin/products/${product.id}", admin.accessToken).json.active == false

        when: 'withdrawn twice'
        Reply again = post("/api/admin/products/${product.id}/withdraw", null, admin.accessToken)

        then:
        again.status == 200
        again.json.active == false

        when:
        Reply reinstated = post("/api/admin/products/${product.id}/reinstate", null, admin.accessToken)

        then:
        reinstated.status == 200
        reinstated.json.active == true
        get("/api/products/${product.id}", customer.accessToken).status == 200
    }

    @Unroll
    void "#method #path for an unknown product is a 404"() {
        when:
        Reply reply = method == 'PATCH' ? patch(path, [name: 'x'], admin.accessToken)
                : method == 'GET' ? get(path, admin.accessToken)
                : post(path, body, admin.accessToken)

        then:
        reply.status == 404
        reply.json.code == 404

        where:
        method  | path                                   | body
        'GET'   | '/api/admin/products/987654'           | null
        'PATCH' | '/api/admin/products/987654'           | null
        'POST'  | '/api/admin/products/987654/restock'   | [quantity: 1]
        'POST'  | '/api/admin/products/987654/withdraw'  | null
        'POST'  | '/api/admin/products/987654/reinstate' | null
        'POST'  | '/api/admin/products/0/withdraw'       | null
    }

    void "a non-numeric id is a 400 naming id"() {
        expect:
        post('/api/admin/products/abc/withdraw', null, admin.accessToken).json.errors*.field == ['id']
        patch('/api/admin/products/abc', [name: 'x'], admin.accessToken).json.errors*.field == ['id']
    }
}

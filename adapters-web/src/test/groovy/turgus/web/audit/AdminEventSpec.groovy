package turgus.web.audit

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.persistence.testing.TestDatabase
import turgus.web.account.PictureSpec
import turgus.web.shopping.ShoppingWebSpec
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

import java.time.Duration
import java.time.Instant

/**
 * The event log over HTTP: every admin action lands in it with its admin and what changed, an
 * unexpected error with the id its 500 carried; admins search it by type, user and time, newest first;
 * old entries are pruned after the retention.
 */
@MicronautTest(transactional = false)
class AdminEventSpec extends ShoppingWebSpec {
    @Inject
    EventLogHousekeeping housekeeping

    @Override
    protected Map<String, Object> extraProperties() {
        ['turgus.test.failing-endpoints': 'true', 'shop.event-retention': '30d']
    }

    /** Every event of this type in the log, newest first. */
    List<Map> events(String query) {
        Reply reply = get("/api/admin/events?size=100&${query}", admin.accessToken)
        assert reply.status == 200: reply
        reply.json.items as List<Map>
    }

    void "admin actions on the catalog are events with the admin as actor and what changed (#db)"() {
        given:
        long adminId = admin.id

        when:
        long id = addProduct('Sencha', '12.50', 5)
        patch("/api/admin/products/${id}", [price: 9.9, salePercent: 10], admin.accessToken)
        post("/api/admin/products/${id}/restock", [quantity: 3], admin.accessToken)
        post("/api/admin/products/${id}/withdraw", null, admin.accessToken)
        post("/api/admin/products/${id}/withdraw", null, admin.accessToken)
        post("/api/admin/products/${id}/reinstate", null, admin.accessToken)
        upload("/api/admin/products/${id}/image", 'image', 'tea.png', PictureSpec.png(20, 20), admin.accessToken)
        List<Map> found = events("actorId=${adminId}").findAll { it.type.startsWith('PRODUCT_') && it.details.contains("productId=${id} ") }

        then: 'newest first, one withdrawal (the second changed nothing)'
        found*.type == ['PRODUCT_PICTURE_CHANGED', 'PRODUCT_REINSTATED', 'PRODUCT_WITHDRAWN', 'PRODUCT_RESTOCKED',
                        'PRODUCT_UPDATED', 'PRODUCT_CREATED']
        found.every { it.actorId == adminId && it.subjectId == null && it.ip == null && it.id && it.at }
        found[5].details == "productId=${id} name=Sencha price=12.50 stock=5"
        found[4].details == "productId=${id} price.before=12.50 price.after=9.90 salePercent.before=\"\" salePercent.after=10"
        found[3].details == "productId=${id} name=Sencha added=3 stock=8"
        found[0].details.startsWith("productId=${id} name=Sencha picture.before=\"\" picture.after=")

        where:
        db = TestDatabase.describe()
    }

    void "refunds, balance adjustments, promo codes and the loyalty rule are events too"() {
        given:
        TestUser buyer = buyerWith('50.00')
        long product = addProduct('Oolong', '20.00', 5)
        addToCart(buyer, product, 1)
        long orderId = checkout(buyer).json.id as long

        when:
        assert post("/api/admin/orders/${orderId}/refund", null, admin.accessToken).status == 200
        assert post("/api/admin/users/${buyer.id}/balance-adjustments", [amount: -5, reason: 'damaged parcel'], admin.accessToken).status == 201
        assert post('/api/admin/promo-codes', [code: 'AUTUMN', percent: 10], admin.accessToken).status == 201
        assert patch('/api/admin/promo-codes/AUTUMN', [maxUses: 3], admin.accessToken).status == 200
        assert delete('/api/admin/promo-codes/AUTUMN', admin.accessToken).status == 204
        assert put('/api/admin/discounts/loyalty', [minCompletedOrders: 4, minTotalSpent: 500, percent: 6], admin.accessToken).status == 200
        assert put('/api/admin/discounts/tiers', [[name: 'Gold', minCompletedOrders: 10, minTotalSpent: 1000, percent: 10]], admin.accessToken).status == 200

        then: 'the refund and the adjustment concern the customer'
        events("userId=${buyer.id}&actorId=${admin.id}")*.type == ['BALANCE_ADJUSTED', 'ORDER_REFUNDED']
        events("userId=${buyer.id}&type=ORDER_REFUNDED")[0].details == "orderId=${orderId} amount=20.00"
        events("userId=${buyer.id}&type=BALANCE_ADJUSTED")[0].details ==
                'amount=-5.00 balanceAfter=45.00 reason="damaged parcel"'

        and:
        events('type=PROMO_CODE_CREATED')[0].details == 'code=AUTUMN value=10% minOrderTotal=0.00'
        events('type=PROMO_CODE_UPDATED')[0].details == 'code=AUTUMN maxUses.before="" maxUses.after=3'
        events('type=PROMO_CODE_DELETED')[0].details == 'code=AUTUMN value=10% minOrderTotal=0.00 maxUses=3 timesUsed=0'
        events('type=LOYALTY_RULE_CHANGED')[0].details ==
                'minCompletedOrders.before=3 minCompletedOrders.after=4 percent.before=5 percent.after=6'
        events('type=LOYALTY_TIERS_CHANGED')[0].details ==
                'count=1 tiers.before="" tiers.after="Gold: 10 orders or 1000.00 EUR, 10%"'
        events("actorId=${admin.id}").every { it.actorId == admin.id }
    }

    void "an unexpected error is an event with the id its answer carried"() {
        when:
        Reply failed = get('/api/test-failures/boom', customer.accessToken)

        then:
        failed.status == 500
        String errorId = failed.json.errorId

        and: 'written on the side, without holding the answer back'
        Map event = waitFor { events('type=UNEXPECTED_ERROR').find { it.details.contains(errorId) } }
        event.details == "errorId=${errorId} method=GET path=/api/test-failures/boom"
        event.actorId == customer.id
        event.subjectId == null
        event.ip
    }

    void "the log is searched by type, user, actor and time, newest first, page by page"() {
        given:
        TestUser someone = newUser()
        Instant start = Instant.now()
        2.times { post('/api/auth/login', [username: someone.email, password: 'wrong']) }
        Instant middle = Instant.now()
        Thread.sleep(5)
        signIn(someone)

        expect:
        events("userId=${someone.id}")*.type == ['LOGIN_SUCCEEDED', 'LOGIN_FAILED', 'LOGIN_FAILED', 'LOGIN_SUCCEEDED']
        events("userId=${someone.id}&type=LOGIN_FAILED").size() == 2
        events("userId=${someone.id}&from=${start}&to=${middle}")*.type == ['LOGIN_FAILED', 'LOGIN_FAILED']
        events("userId=${someone.id}&from=${middle}")*.type == ['LOGIN_SUCCEEDED']
        events("userId=${someone.id}&to=${start}")*.type == ['LOGIN_SUCCEEDED']
        events("actorId=${someone.id}&type=LOGIN_SUCCEEDED").size() == 2
        events("actorId=${someone.id}")*.type == ['LOGIN_SUCCEEDED', 'LOGIN_SUCCEEDED']
        events('type=LOGIN_FAILED')*.subjectId.count(someone.id) == 2
        events("type=LOGIN_FAILED&from=${start}&to=${middle}")*.subjectId == [someone.id, someone.id]

        when:
        Reply first = get("/api/admin/events?userId=${someone.id}&size=3", admin.accessToken)
        Reply second = get("/api/admin/events?userId=${someone.id}&size=3&page=1", admin.accessToken)

        then:
        first.json.totalItems == 4
        first.json.totalPages == 2
        first.json.items.size() == 3
        second.json.items.size() == 1
        (first.json.items*.id + second.json.items*.id) == events("userId=${someone.id}")*.id

        and: 'newest first across the whole log'
        List<Map> all = events('')
        all*.at == all*.at.sort(false).reverse()
    }

    void "the types are listed, and each one is a filter"() {
        when:
        Reply reply = get('/api/admin/events/types', admin.accessToken)

        then:
        reply.status == 200
        reply.json.containsAll(['LOGIN_FAILED', 'PRODUCT_CREATED', 'PRODUCT_UPDATED', 'ORDER_REFUNDED', 'BALANCE_ADJUSTED',
                                'PROMO_CODE_DELETED', 'LOYALTY_TIERS_CHANGED', 'UNEXPECTED_ERROR', 'TEST_MAIL_SENT'])
        reply.json.every { get("/api/admin/events?type=${it}", admin.accessToken).status == 200 }
    }

    void "a filter that cannot be read is a 400 naming it: #query"() {
        when:
        Reply reply = get("/api/admin/events?${query}", admin.accessToken)

        then:
        reply.status == 400
        reply.json.reason == 'INVALID_INPUT'
        reply.json.errors*.field == [field]

        where:
        query                                                         | field
        'type=NOPE'                                                   | 'type'
        'type=login_failed'                                           | 'type'
        'userId=abc'                                                  | 'userId'
        'userId=0'                                                    | 'userId'
        'actorId=1.5'                                                 | 'actorId'
        'from=yesterday'                                              | 'from'
        'from=2026-11-21T10:15:30'                                    | 'from'
        'to=1700000000'                                               | 'to'
        'from=2026-11-21T10:00:00Z&to=2026-11-21T10:00:00Z'           | 'to'
        'size=101'                                                    | 'size'
        'page=-1'                                                     | 'page'
    }

    void "only admins read the log: #who gets #status"() {
        when:
        Reply reply = get(path, who == 'customer' ? customer.accessToken : null)

        then:
        reply.status == status
        reply.json == body

        where:
        who        | path                        | status | body
        'nobody'   | '/api/admin/events'         | 401    | [code: 401, message: 'Unauthorized']
        'customer' | '/api/admin/events'         | 403    | [code: 403, message: 'Forbidden']
        'nobody'   | '/api/admin/events/types'   | 401    | [code: 401, message: 'Unauthorized']
        'customer' | '/api/admin/events/types'   | 403    | [code: 403, message: 'Forbidden']
    }

    void "entries older than the retention are deleted by the hourly job, newer ones stay"() {
        given:
        TestUser someone = newUser()
        clock.advance(Duration.ofDays(29))
        signIn(someone)

        when: 'the first sign-in is now 31 days old, the second 2 days'
        clock.advance(Duration.ofDays(2))
        housekeeping.purgeOldEvents()

        then:
        events("userId=${someone.id}")*.type == ['LOGIN_SUCCEEDED']
    }

    private static <T> T waitFor(Closure<T> probe) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos()
        T found = probe()
        while (!found && System.nanoTime() < deadline) {
            Thread.sleep(50)
            found = probe()
        }
        assert found
        found
    }
}

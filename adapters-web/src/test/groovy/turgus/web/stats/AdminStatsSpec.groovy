package turgus.web.stats

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.domain.account.Account
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.persistence.testing.TestDatabase
import turgus.web.shopping.ShoppingWebSpec
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

import java.sql.Connection
import java.time.Duration
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import java.time.ZonedDateTime

/**
 * The dashboard over HTTP, in a shop whose days are Tokyo's (UTC+9): orders placed on several days
 * (the test clock moved between them), one refunded, products sold, customers opened, searches made;
 * the figures are proven day by day, and stay the same when a customer's account is anonymised.
 */
@MicronautTest(transactional = false)
class AdminStatsSpec extends ShoppingWebSpec {
    static final ZoneId TOKYO = ZoneId.of('Asia/Tokyo')
    /** Far from today, so that the accounts the base spec opens at the real time fall outside. */
    static final LocalDate TODAY = LocalDate.now(TOKYO).plusDays(100)

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.time-zone': 'Asia/Tokyo']
    }

    /** Moves the test clock to this moment of Tokyo's calendar. */
    void at(LocalDate date, String time) {
        clock.advance(Duration.between(clock.instant(), ZonedDateTime.of(date, LocalTime.parse(time), TOKYO).toInstant()))
    }

    /** A customer whose account is opened now by the test clock, signed in, with money. */
    TestUser customerOpenedNow(String name, String balance) {
        String email = "${name.toLowerCase()}-${UUID.randomUUID().toString().substring(0, 8)}@example.com"
        String phone = '+7' + String.format('%010d', Math.abs(new Random().nextLong() % 10_000_000_000L))
        Account stored = accountRepository.add(Account.open(new FullName(name), Email.of(email), new PhoneNumber(phone),
                storedPassword(), EnumSet.of(Role.CUSTOMER), clock.instant()))
        TestUser user = signIn(new TestUser(stored.id().value(), email, phone, PASSWORD, null, null))
        topUp(user, balance)
        user
    }

    long buy(TestUser buyer, long product, int quantity) {
        assert addToCart(buyer, product, quantity).status == 200
        Reply order = checkout(buyer)
        assert order.status == 201: order
        order.json.id as long
    }

    Map stats(String query = '') {
        Reply reply = get("/api/admin/stats${query}", admin.accessToken)
        assert reply.status == 200: reply
        reply.json as Map
    }

    void "the figures of three days in the shop's time zone: net revenue, orders, refunds, top products, new customers (#db)"() {
        given: 'two products, and the day before yesterday at 23:30 in Tokyo (14:30 UTC)'
        long sencha = addProduct('Sencha tea', '10.00', 100)
        long oolong = addProduct('Oolong tea', '40.00', 100)
        at(TODAY.minusDays(2), '23:30')
        TestUser ann = customerOpenedNow('Ann', '200.00')
        buy(ann, sencha, 2)
        get('/api/products?q=tea', ann.accessToken)

        and: 'yesterday at 00:30 in Tokyo, still the day before in UTC'
        at(TODAY.minusDays(1), '00:30')
        TestUser bob = customerOpenedNow('Bob', '200.00')
        long bobsOrder = buy(bob, oolong, 1)
        buy(ann, sencha, 1)
        get('/api/products?q=tea', bob.accessToken)

        and: 'today at noon: Bob is refunded, Cleo buys'
        at(TODAY, '12:00')
        assert post("/api/admin/orders/${bobsOrder}/refund", null, admin.accessToken).status == 200
        TestUser cleo = customerOpenedNow('Cleo', '200.00')
        buy(cleo, oolong, 1)

        when:
        Map figures = stats('?days=3')

        then:
        figures.from == TODAY.minusDays(2).toString()
        figures.to == TODAY.toString()
        figures.timeZone == 'Asia/Tokyo'
        figures.revenueByDay == [
                [date: TODAY.minusDays(2).toString(), revenue: 20.00, orders: 1, refunds: 0.00],
                [date: TODAY.minusDays(1).toString(), revenue: 10.00, orders: 2, refunds: 0.00],
                [date: TODAY.toString(), revenue: 40.00, orders: 1, refunds: 40.00]]
        figures.totals == [revenue: 70.00, orders: 4, refunds: 40.00, newCustomers: 3]
        figures.topProductsByRevenue == [
                [productId: oolong, name: 'Oolong tea', revenue: 40.00, units: 1],
                [productId: sencha, name: 'Sencha tea', revenue: 30.00, units: 3]]
        figures.topProductsByUnits*.productId == [sencha, oolong]
        figures.newCustomersByDay == [
                [date: TODAY.minusDays(2).toString(), count: 1],
                [date: TODAY.minusDays(1).toString(), count: 1],
                [date: TODAY.toString(), count: 1]]
        figures.trendingSearches == [[query: 'tea', count: 2]]

        when: 'only today'
        Map today = stats('?days=1')

        then:
        today.revenueByDay == [[date: TODAY.toString(), revenue: 40.00, orders: 1, refunds: 40.00]]
        today.totals == [revenue: 40.00, orders: 1, refunds: 40.00, newCustomers: 1]
        today.topProductsByRevenue == [[productId: oolong, name: 'Oolong tea', revenue: 40.00, units: 1]]

        when: 'the default: 30 days, every one present, the quiet ones with zeros'
        Map month = stats()

        then:
        month.revenueByDay.size() == 30
        month.revenueByDay*.date == (0..29).collect { TODAY.minusDays(29 - it).toString() }
        month.revenueByDay[0] == [date: TODAY.minusDays(29).toString(), revenue: 0, orders: 0, refunds: 0]
        month.newCustomersByDay.size() == 30
        month.totals == figures.totals

        when: "Ann's account is anonymised as a deletion does it, her orders kept"
        anonymise(ann)

        then: 'the figures do not change'
        stats('?days=3') == figures

        where:
        db = TestDatabase.describe()
    }

    void "a kept dashboard follows an order placed and refunded by another instance, straight in the database (#db)"() {
        given: 'a day of its own, and its dashboard added up (and kept)'
        at(TODAY.plusDays(10), '10:00')
        Map before = stats('?days=1')

        when: 'another instance places an order of 25.00'
        long order = placeElsewhere('25.00')

        then:
        stats('?days=1').totals == [revenue: before.totals.revenue + 25.00, orders: before.totals.orders + 1,
                                    refunds: before.totals.refunds, newCustomers: before.totals.newCustomers]

        when: 'and refunds it, at the same moment as the order'
        refundElsewhere(order)

        then:
        stats('?days=1').totals == [revenue: before.totals.revenue, orders: before.totals.orders + 1,
                                    refunds: before.totals.refunds + 25.00, newCustomers: before.totals.newCustomers]

        where:
        db = TestDatabase.describe()
    }

    void "a cart that got a line in the last 7 days is active; an emptied one is not"() {
        given:
        long product = addProduct()
        long before = stats().activeCarts as long
        TestUser shopper = buyerWith('100.00')

        when:
        addToCart(shopper, product, 1)

        then:
        stats().activeCarts == before + 1

        when:
        delete('/api/cart', shopper.accessToken)

        then:
        stats().activeCarts == before
    }

    void "days must be a whole number from 1 to 366: #days"() {
        when:
        Reply reply = get("/api/admin/stats?days=${days}", admin.accessToken)

        then:
        reply.status == 400
        reply.json.reason == 'INVALID_INPUT'
        reply.json.errors*.field == ['days']

        where:
        days << ['0', '367', '-1', '1.5', 'abc', '99999999999']
    }

    void "366 days are answered, one entry each"() {
        expect:
        stats('?days=366').revenueByDay.size() == 366
    }

    void "only admins read the dashboard: #who gets #status"() {
        when:
        Reply reply = get('/api/admin/stats', who == 'customer' ? customer.accessToken : null)

        then:
        reply.status == status
        reply.json == body

        where:
        who        | status | body
        'nobody'   | 401    | [code: 401, message: 'Unauthorized']
        'customer' | 403    | [code: 403, message: 'Forbidden']
    }

    /** An order written as another instance of the shop writes it, at the test clock's moment: its id is the newest. */
    private long placeElsewhere(String total) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            def insert = connection.prepareStatement("INSERT INTO orders (user_id, customer_name, customer_email, status,"
                    + " subtotal, discount_total, total, created_at) VALUES (NULL, 'Elsewhere', 'elsewhere@example.com', 'PAID',"
                    + " ?, 0.00, ?, ?)", ['id'] as String[])
            insert.setBigDecimal(1, new BigDecimal(total))
            insert.setBigDecimal(2, new BigDecimal(total))
            insert.setObject(3, clock.instant().atOffset(java.time.ZoneOffset.UTC))
            insert.executeUpdate()
            def keys = insert.generatedKeys
            keys.next()
            keys.getLong(1)
        } finally {
            connection.close()
        }
    }

    private void refundElsewhere(long order) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            def update = connection.prepareStatement("UPDATE orders SET status = 'REFUNDED', refunded_at = ? WHERE id = ?")
            update.setObject(1, clock.instant().atOffset(java.time.ZoneOffset.UTC))
            update.setLong(2, order)
            assert update.executeUpdate() == 1
        } finally {
            connection.close()
        }
    }

    /** What deleting an account does to its row: anonymised, roles and orders kept, orders detached. */
    private void anonymise(TestUser user) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            connection.createStatement().executeUpdate(
                    "UPDATE users SET full_name = 'Deleted user', email = 'deleted-${user.id}@deleted.invalid'," +
                            " phone = '+0${user.id}', password_hash = '!' WHERE id = ${user.id}")
            connection.createStatement().executeUpdate(
                    "UPDATE orders SET customer_name = 'Deleted user', user_id = NULL WHERE user_id = ${user.id}")
        } finally {
            connection.close()
        }
    }
}

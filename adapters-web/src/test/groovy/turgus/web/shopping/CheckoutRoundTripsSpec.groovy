package turgus.web.shopping

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.StatementLog
import turgus.web.testing.TestUser

/**
 * How many round trips to the database a checkout costs, counted at the JDBC driver: every
 * statement and the commit, the request's session check included. A checkout's speed is mostly
 * its round trips, so a change that adds one fails here and has to say why (and update the list
 * in {@code CheckoutService}'s Javadoc). PostgreSQL takes the stock of all lines, writes the order
 * with its lines, and moves the balance with its ledger row in one statement each, and sends the
 * cart's lock with the taking of its lines; H2 has no data-modifying CTE and takes plain
 * statements, one per line for the stock.
 */
@MicronautTest(transactional = false)
class CheckoutRoundTripsSpec extends ShoppingWebSpec {

    @Override
    protected Map<String, Object> extraProperties() {
        StatementLog.settings()
    }

    void "a checkout of a #lines-line cart #withKey costs #postgreSql round trips on PostgreSQL and #h2 on H2"() {
        given: 'a buyer who has checked out before (so the wallet exists) and a cart to pay'
        TestUser buyer = buyerWith('1000')
        List<Long> products = (1..lines).collect { addProduct("Counted tea ${it}", '3.00', 50) }
        assert addToCart(buyer, products[0], 1).status == 200
        assert checkout(buyer).status == 201
        products.each { assert addToCart(buyer, it, 2).status == 200 }
        String key = withKey == 'with an Idempotency-Key' ? UUID.randomUUID().toString() : null

        when:
        int status = 0
        List<String> statements = StatementLog.record { status = checkout(buyer, key).status }

        then:
        status == 201
        StatementLog.expectCount(statements, postgreSql, h2)

        where:
        lines | withKey                      || postgreSql | h2
        2     | 'with an Idempotency-Key'    || 11         | 17
        2     | 'without a key'              || 9          | 15
        5     | 'with an Idempotency-Key'    || 11         | 20
    }
}

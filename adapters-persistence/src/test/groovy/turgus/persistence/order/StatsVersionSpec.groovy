package turgus.persistence.order

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.stats.port.out.SalesStatistics
import turgus.application.stats.port.out.SalesStatistics.Version
import turgus.domain.catalog.Product
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.QueryPlans
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.time.Instant

import static turgus.persistence.testing.ProductBuilder.aProduct

/**
 * The dashboard's version moves with everything its kept figures (all but the active carts) come
 * from, whichever instance wrote it: an order placed, one refunded (a second one at the very same
 * moment too), an account opened, a product changed.
 */
@MicronautTest(transactional = false)
class StatsVersionSpec extends Specification implements OnTestDatabase {
    static final Instant REFUNDED = Instant.parse('2026-11-21T10:00:00Z')

    @Inject SalesStatistics statistics
    @Inject ProductRepository products
    @Inject DataSource dataSource

    def "on #database, an empty shop has version 0 with no moments"() {
        expect:
        statistics.version() == new Version(0, null, 0, 0, null)

        where:
        database = TestDatabase.describe()
    }

    def "on #database, the version follows orders, refunds, accounts and products"() {
        given:
        Version empty = statistics.version()

        when: 'two orders are placed'
        placeOrder(11)
        placeOrder(12)
        Version placed = statistics.version()

        then:
        placed.newestOrder() == 12
        placed.latestRefund() == null
        placed != empty

        when: 'one is refunded'
        refund(11, REFUNDED)
        Version refunded = statistics.version()

        then:
        refunded.latestRefund() == REFUNDED
        refunded.refundsAtLatest() == 1
        refunded != placed

        when: 'the other is refunded at the very same moment'
        refund(12, REFUNDED)
        Version again = statistics.version()

        then:
        again.latestRefund() == REFUNDED
        again.refundsAtLatest() == 2
        again != refunded

        when: 'an account is opened'
        execute("INSERT INTO users (id, full_name, email, phone, password_hash, status, created_at)"
                + " VALUES (7, 'Ann', 'ann@example.com', '+79120000007', '!', 'ACTIVE', TIMESTAMP WITH TIME ZONE '2026-11-21 11:00:00+00')")
        Version opened = statistics.version()

        then:
        opened.newestAccount() == 7
        opened != again

        when: 'a product is added, then withdrawn'
        Product product = products.add(aProduct().build())
        Version added = statistics.version()
        products.saveDetails(product.withdraw(Instant.parse('2030-01-01T00:00:00Z')))
        Version withdrawn = statistics.version()

        then:
        added.latestProductChange() != null
        withdrawn.latestProductChange() == Instant.parse('2030-01-01T00:00:00Z')
        withdrawn != added

        and: 'nothing written, nothing moves'
        statistics.version() == withdrawn

        where:
        database = TestDatabase.describe()
    }

    private void placeOrder(long id) {
        execute("INSERT INTO orders (id, user_id, customer_name, customer_email, status, subtotal, discount_total, total, created_at)"
                + " VALUES (${id}, NULL, 'Buyer', 'buyer@example.com', 'PAID', 30.00, 0.00, 30.00,"
                + " TIMESTAMP WITH TIME ZONE '2026-11-20 10:00:00+00')")
    }

    private void refund(long id, Instant at) {
        execute("UPDATE orders SET status = 'REFUNDED', refunded_at = TIMESTAMP WITH TIME ZONE '${at.toString().replace('T', ' ').replace('Z', '+00')}'"
                + " WHERE id = ${id}")
    }

    private void execute(String sql) {
        new QueryPlans(dataSource).execute(sql)
    }
}

package turgus.persistence.order

import turgus.application.account.port.out.AccountRepository
import turgus.domain.account.UserId

import static turgus.persistence.testing.AccountBuilder.anAccount

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.order.port.out.OrderRepository
import turgus.domain.discount.AppliedDiscount
import turgus.domain.discount.DiscountKind
import turgus.domain.order.Order
import turgus.domain.shared.Money
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource

@MicronautTest(transactional = false)
class JdbcOrderRepositorySpec extends OrderRepositoryContract implements OnTestDatabase {
    @Inject
    OrderRepository orders

    @Inject
    DataSource dataSource

    @Inject
    AccountRepository accounts

    @Override
    UserId customer(String fullName, String email) {
        accounts.add(anAccount().named(fullName).withEmail(email).build()).id()
    }

    def "a discount stored before discounts had names is read back by its words"() {
        given:
        Order stored = orders.add(fresh(ANN), 'Ann', 'ann@example.com')
        long id = stored.requireId().value()
        update("UPDATE order_discounts SET name = NULL, percent = NULL, label = 'Promo code WELCOME (10%)'"
                + " WHERE order_id = $id")

        when:
        List<AppliedDiscount> read = orders.findById(stored.requireId()).get().discounts()

        then:
        read*.worded() == [true]
        read*.name() == ['Promo code WELCOME (10%)']
        read*.knownName() == [Optional.empty()]
        read*.kind() == [DiscountKind.PROMO_CODE]
        read*.amount() == stored.discounts()*.amount()
        stored.discounts()*.worded() == [false]
    }

    def "a discount has a name or words: a row with neither is refused by the database"() {
        given:
        Order stored = orders.add(fresh(ANN), 'Ann', 'ann@example.com')

        when:
        update("UPDATE order_discounts SET name = NULL, label = NULL WHERE order_id = ${stored.requireId().value()}")

        then:
        thrown(java.sql.SQLException)
    }

    private void update(String sql) {
        DelegatingDataSource.unwrapDataSource(dataSource).connection.withCloseable { connection ->
            connection.createStatement().withCloseable { it.executeUpdate(sql) }
        }
    }
}

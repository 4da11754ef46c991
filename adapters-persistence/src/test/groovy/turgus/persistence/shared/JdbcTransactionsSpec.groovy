package turgus.persistence.shared

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.account.port.out.AccountRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.Transactions
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource
import java.util.concurrent.CompletableFuture
import java.util.function.Supplier

import static turgus.persistence.testing.ProductBuilder.aProduct

@MicronautTest(transactional = false)
class JdbcTransactionsSpec extends TransactionsContract implements OnTestDatabase {
    @Inject
    Transactions transactions

    @Inject
    ProductRepository products

    @Inject
    AccountRepository accounts

    @Inject
    DataSource dataSource

    // Isolation is the database's own promise; the in-memory unit of work does not make it.
    def "inside the work, repositories see its changes; outside, nobody does until it commits"() {
        given:
        Map<String, Long> seen = [:]

        when:
        transactions.run {
            products.add(aProduct().build())
            seen.inside = products.count()
            seen.outside = CompletableFuture.supplyAsync({ products.count() } as Supplier<Long>).get()
        }

        then:
        seen.inside == 1
        seen.outside == 0
        products.count() == 1
    }
}

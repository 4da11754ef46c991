package turgus.persistence.shared

import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.catalog.port.out.ProductRepository
import turgus.application.shared.Transactions
import turgus.domain.account.Email

import java.util.function.Supplier

import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.ProductBuilder.aProduct

/**
 * What every {@link Transactions} promises: the work inside commits together or not at all, and
 * the repositories it calls take part in it.
 */
abstract class TransactionsContract extends Specification {
    abstract Transactions getTransactions()

    abstract ProductRepository getProducts()

    abstract AccountRepository getAccounts()

    def "work that succeeds is committed and its answer returned"() {
        when:
        String answer = transactions.inTransaction({
            products.add(aProduct().build())
            accounts.add(anAccount().withEmail('committed@example.com').build())
            'done'
        } as Supplier<String>)

        then:
        answer == 'done'
        products.count() == 1
        accounts.findByEmail(Email.of('committed@example.com')).isPresent()
    }

    def "work that fails is rolled back across repositories, and the failure reaches the caller"() {
        when:
        transactions.run {
            products.add(aProduct().build())
            accounts.add(anAccount().withEmail('rolled-back@example.com').build())
            throw new IllegalStateException('payment refused')
        }

        then:
        IllegalStateException failure = thrown()
        failure.message == 'payment refused'
        products.count() == 0
        accounts.findByEmail(Email.of('rolled-back@example.com')).isEmpty()
    }

    def "nested work joins the outer work and rolls back with it"() {
        when:
        transactions.run {
            transactions.run { products.add(aProduct().named('Inner').build()) }
            throw new IllegalStateException('outer failed after inner finished')
        }

        then:
        thrown(IllegalStateException)
        products.count() == 0
    }

    def "a conflict inside the work rolls back what came before it"() {
        given:
        accounts.add(anAccount().withEmail('first@example.com').build())

        when:
        transactions.run {
            products.add(aProduct().build())
            accounts.add(anAccount().withEmail('first@example.com').build())
        }

        then:
        thrown(turgus.application.shared.ConflictException)
        products.count() == 0
    }
}

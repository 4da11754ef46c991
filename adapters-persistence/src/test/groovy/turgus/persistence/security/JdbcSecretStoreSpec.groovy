package turgus.persistence.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.security.port.out.SecretStore
import turgus.application.shared.Transactions
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource
import java.util.function.Supplier

@MicronautTest(transactional = false)
class JdbcSecretStoreSpec extends SecretStoreContract implements OnTestDatabase {
    @Inject
    SecretStore store

    @Inject
    Transactions transactions

    @Inject
    DataSource dataSource

    def "a secret created inside a unit of work that then fails is still stored"() {
        when:
        transactions.inTransaction {
            store.getOrCreate('created-in-failed-work', { 'kept' } as Supplier<String>)
            throw new IllegalStateException('the rest of the work failed')
        }

        then:
        thrown(IllegalStateException)
        store.getOrCreate('created-in-failed-work', { 'other' } as Supplier<String>) == 'kept'
    }
}

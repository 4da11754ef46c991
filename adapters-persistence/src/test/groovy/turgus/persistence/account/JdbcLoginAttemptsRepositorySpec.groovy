package turgus.persistence.account

import turgus.domain.account.PhoneFormat
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.LoginAttemptsRepository
import turgus.application.account.port.out.LoginKey
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource
import java.sql.Connection

@MicronautTest(transactional = false)
class JdbcLoginAttemptsRepositorySpec extends LoginAttemptsRepositoryContract implements OnTestDatabase {
    @Inject
    LoginAttemptsRepository attempts

    @Inject
    AccountRepository accounts

    @Inject
    DataSource dataSource

    def "an account's attempts are stored with its id, an unknown name's only as a hash"() {
        when:
        attempts.recordFailure(LoginKey.of(customer), NOW, POLICY)
        attempts.recordFailure(LoginKey.ofUnknownName('Ghost@Example.com', PhoneFormat.DEFAULT), NOW, POLICY)

        then:
        rows() == [
                [LoginKey.ofUnknownName('ghost@example.com', PhoneFormat.DEFAULT).value(), null],
                ["user:${customer.value()}".toString(), customer.value()],
        ]
        !rows().flatten().any { it?.toString()?.contains('ghost') }
    }

    def "deleting an account deletes its attempts"() {
        given:
        attempts.recordFailure(LoginKey.of(customer), NOW, POLICY)

        when:
        withConnection { it.createStatement().execute("DELETE FROM users WHERE id = ${customer.value()}") }

        then:
        rows().isEmpty()
    }

    private List<List<Object>> rows() {
        withConnection { Connection connection ->
            def found = connection.createStatement().executeQuery('SELECT login_key, user_id FROM login_attempts ORDER BY login_key')
            List<List<Object>> all = []
            while (found.next()) {
                all << [found.getString(1), found.getObject(1 + 1) == null ? null : found.getLong(2)]
            }
            all
        } as List<List<Object>>
    }

    private <T> T withConnection(Closure<T> work) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            work(connection)
        } finally {
            connection.close()
        }
    }
}

package turgus.persistence.account

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.SessionRepository
import turgus.application.security.TokenHash
import turgus.persistence.testing.OnTestDatabase

import javax.sql.DataSource
import java.sql.Connection
import java.sql.SQLException

@MicronautTest(transactional = false)
class JdbcSessionRepositorySpec extends SessionRepositoryContract implements OnTestDatabase {
    @Inject
    SessionRepository sessions

    @Inject
    AccountRepository accounts

    @Inject
    DataSource dataSource

    def "a signed-out session is no longer active"() {
        given:
        String id = sessions.open(customer, TokenHash.of('refresh-out'), 'Safari', '192.0.2.4', SIGNED_IN_AT, MANY).id()

        when:
        sql("UPDATE auth_sessions SET revoked_at = CURRENT_TIMESTAMP WHERE id = '${id}'")

        then:
        !sessions.findActive(id).isPresent()
    }

    def "the refresh token is kept as its hash, with the session's user, client and moments"() {
        given:
        long userId = customer.value()

        when:
        String id = sessions.open(customer, TokenHash.of('secret-token'), 'Firefox 130', '2001:db8::1', SIGNED_IN_AT, MANY).id()

        then:
        with(row(id)) {
            user_id == userId
            refresh_token_hash == TokenHash.of('secret-token')
            user_agent == 'Firefox 130'
            ip == '2001:db8::1'
            created_at == SIGNED_IN_AT
            last_used_at == SIGNED_IN_AT
            revoked_at == null
        }
    }

    def "an overlong user agent is cut to its column"() {
        when:
        String id = sessions.open(customer, TokenHash.of('long-agent'), 'A' * 2000, '192.0.2.5', SIGNED_IN_AT, MANY).id()

        then:
        row(id).user_agent == 'A' * JdbcSessionRepository.MAX_USER_AGENT_LENGTH
    }

    def "one refresh token belongs to one session"() {
        given:
        sessions.open(customer, TokenHash.of('same-token'), 'Chrome', '192.0.2.6', SIGNED_IN_AT, MANY).id()

        when:
        sessions.open(customer, TokenHash.of('same-token'), 'Chrome', '192.0.2.6', SIGNED_IN_AT, MANY).id()

        then:
        RuntimeException failure = thrown()
        causes(failure).any { it instanceof SQLException && it.SQLState == '23505' }
    }

    private Map<String, Object> row(String id) {
        withConnection { Connection connection ->
            def statement = connection.prepareStatement('SELECT * FROM auth_sessions WHERE id = ?')
            statement.setString(1, id)
            def found = statement.executeQuery()
            assert found.next()
            Map<String, Object> values = [:]
            (1..found.metaData.columnCount).each { int i ->
                String column = found.metaData.getColumnLabel(i).toLowerCase()
                values[column] = column.endsWith('_at') ? found.getObject(i, java.time.OffsetDateTime)?.toInstant() : found.getObject(i)
            }
            values
        } as Map<String, Object>
    }

    private void sql(String statement) {
        withConnection { Connection connection -> connection.createStatement().execute(statement) }
    }

    private <T> T withConnection(Closure<T> work) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            work(connection)
        } finally {
            connection.close()
        }
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> all = []
        for (Throwable cause = failure; cause != null && all.size() < 16; cause = cause.cause) {
            all << cause
        }
        all
    }
}

package turgus.web.platform

import com.zaxxer.hikari.HikariDataSource
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Timeout
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

import java.sql.Connection
import java.util.concurrent.TimeUnit

/**
 * A database out of reach is an outage, not a bug: while no connection can be had, requests answer
 * 503 SERVICE_UNAVAILABLE with the error body and a Retry-After within the pool's connection
 * time-out (not the 30 s of the pool's default), /health says DOWN, and the shop serves again by
 * itself once connections are back. The spec takes every connection of the pool itself, which is
 * what a stopped database looks like to a request (on H2 and PostgreSQL alike).
 */
@MicronautTest(transactional = false)
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class DatabaseOutageSpec extends WebSpec {
    static final int POOL_SIZE = 3
    static final long TIMEOUT_MILLIS = 600

    @Override
    protected Map<String, Object> extraProperties() {
        ['datasources.default.maximum-pool-size': POOL_SIZE,
         'datasources.default.minimum-idle'     : POOL_SIZE,
         'datasources.default.connection-timeout': TIMEOUT_MILLIS,
         'datasources.default.validation-timeout': 300]
    }

    /** Takes every connection of the pool; closing them gives them back. */
    private List<Connection> takeEveryConnection() {
        HikariDataSource pool = DelegatingDataSource.unwrapDataSource(dataSource) as HikariDataSource
        (1..POOL_SIZE).collect { pool.getConnection() }
    }

    void "without a database connection a request answers 503 SERVICE_UNAVAILABLE within the time-out: #what"() {
        given: 'a signed-in customer, and every connection taken'
        String token = customer.accessToken
        List<Connection> taken = takeEveryConnection()

        when:
        long started = System.nanoTime()
        Reply reply = method == 'GET' ? get(path, token) : post(path, body, token, headers)
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)

        then:
        reply.status == 503
        reply.json == [code             : 503,
                       message          : 'The shop cannot reach its database just now. Please try again in a few seconds.',
                       retryAfterSeconds: 5,
                       reason           : 'SERVICE_UNAVAILABLE']
        reply.header('Retry-After') == '5'
        millis < TIMEOUT_MILLIS + 2000

        cleanup:
        taken*.close()

        where:
        what              | method | path                      | body          | headers
        'a balance read'  | 'GET'  | '/api/me/balance'         | null          | [:]
        'a top-up'        | 'POST' | '/api/me/balance/top-ups' | [amount: 10]  | ['Idempotency-Key': 'outage-1']
        'a catalog read'  | 'GET'  | '/api/products'           | null          | [:]
    }

    void "health says DOWN with 503 while no connection can be had, and UP again afterwards"() {
        given:
        List<Connection> taken = takeEveryConnection()

        when:
        Reply down = get('/health')

        then:
        down.status == 503
        down.json.status == 'DOWN'

        when: 'the connections come back'
        taken*.close()
        Reply up = get('/health')

        then:
        up.status == 200
        up.json == [status: 'UP']
    }

    void "the shop serves again by itself once connections are back"() {
        given:
        String token = customer.accessToken
        List<Connection> taken = takeEveryConnection()
        assert get('/api/me/balance', token).status == 503

        when:
        taken*.close()
        Reply again = post('/api/me/balance/top-ups', [amount: 12.5], token, ['Idempotency-Key': 'after-outage'])

        then:
        again.status == 201
        get('/api/me/balance', token).json.balance == 12.5
    }
}

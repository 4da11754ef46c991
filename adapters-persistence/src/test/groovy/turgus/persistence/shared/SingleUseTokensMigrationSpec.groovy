package turgus.persistence.shared

import org.flywaydb.core.Flyway
import org.flywaydb.core.api.configuration.FluentConfiguration
import spock.lang.Specification
import turgus.persistence.testing.TestDatabase
import turgus.persistence.shared.MigrationLocations

import java.sql.Connection
import java.sql.DriverManager

/**
 * V15 moves the reset links of {@code password_resets} and the undo links of {@code email_reverts}
 * into {@code single_use_tokens}: a database that was at V14 keeps every link, used or not.
 */
class SingleUseTokensMigrationSpec extends Specification {
    static final String NOW = "TIMESTAMP WITH TIME ZONE '2026-11-21 10:00:00+00'"

    Map<String, Object> database = TestDatabase.properties()
    /** Holds an in-memory H2 database open between the steps (it goes with its last connection). */
    Connection keeper

    def setup() {
        keeper = DriverManager.getConnection(url(), user(), password())
    }

    def cleanup() {
        keeper?.close()
    }

    def "the links of both old tables survive the move on #db"() {
        given: 'a database as it was before V15, with a used and an unused link of each kind'
        flyway().target('14').load().migrate()
        execute("INSERT INTO users (id, full_name, email, phone, password_hash, status, created_at)"
                + " VALUES (1, 'Ann', 'ann@example.com', '+79000000001', 'x', 'ACTIVE', ${NOW})")
        execute("INSERT INTO password_resets (token_hash, user_id, created_at, expires_at, used_at) VALUES"
                + " ('reset-open', 1, ${NOW}, ${NOW} + INTERVAL '15' MINUTE, NULL),"
                + " ('reset-used', 1, ${NOW}, ${NOW} + INTERVAL '15' MINUTE, ${NOW} + INTERVAL '1' MINUTE)")
        execute("INSERT INTO email_reverts (token_hash, user_id, previous_email, created_at, expires_at, used_at) VALUES"
                + " ('undo-open', 1, 'old@example.com', ${NOW}, ${NOW} + INTERVAL '7' DAY, NULL),"
                + " ('undo-used', 1, 'older@example.com', ${NOW}, ${NOW} + INTERVAL '7' DAY, ${NOW} + INTERVAL '1' DAY)")

        when:
        flyway().load().migrate()

        then:
        rows("SELECT token_hash, purpose, user_id, previous_email, used_at IS NOT NULL FROM single_use_tokens"
                + " ORDER BY token_hash") == [
                ['reset-open', 'PASSWORD_RESET', 1L, null, false],
                ['reset-used', 'PASSWORD_RESET', 1L, null, true],
                ['undo-open', 'EMAIL_REVERT', 1L, 'old@example.com', false],
                ['undo-used', 'EMAIL_REVERT', 1L, 'older@example.com', true]]
        rows("SELECT COUNT(*) FROM single_use_tokens WHERE created_at = ${NOW} AND expires_at > created_at") == [[4L]]
        !tables().contains('password_resets')
        !tables().contains('email_reverts')

        where:
        db = TestDatabase.describe()
    }

    private FluentConfiguration flyway() {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(url(), user(), password())
                .locations(MigrationLocations.forUrl(url()))
        String schema = database['flyway.datasources.default.schemas']
        schema ? configuration.schemas(schema).createSchemas(true) : configuration
    }

    private String url() { database['datasources.default.url'] }

    private String user() { database['datasources.default.username'] ?: '' }

    private String password() { database['datasources.default.password'] ?: '' }

    private <T> T connected(Closure<T> work) {
        Connection connection = DriverManager.getConnection(url(), user(), password())
        try {
            work(connection)
        } finally {
            connection.close()
        }
    }

    private void execute(String statement) {
        connected { Connection it -> it.createStatement().withCloseable { s -> s.execute(statement) } }
    }

    private List<List<Object>> rows(String query) {
        connected { Connection connection ->
            def result = connection.createStatement().executeQuery(query)
            int columns = result.metaData.columnCount
            List<List<Object>> found = []
            while (result.next()) {
                found << (1..columns).collect { int i ->
                    def value = result.getObject(i)
                    value instanceof Number ? ((Number) value).longValue() : value
                }
            }
            found
        }
    }

    private Set<String> tables() {
        connected { Connection connection ->
            def found = connection.metaData.getTables(null, connection.schema, '%', null)
            Set<String> names = []
            while (found.next()) {
                names << found.getString('TABLE_NAME').toLowerCase()
            }
            names
        }
    }
}

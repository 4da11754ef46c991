package turgus.persistence.shared

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import org.flywaydb.core.Flyway
import org.flywaydb.core.api.MigrationInfo
import org.flywaydb.core.api.MigrationState
import spock.lang.Specification
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.sql.Connection
import java.sql.SQLException

/** The one migration set builds the same schema, with the same rules, on H2 and PostgreSQL. */
@MicronautTest(transactional = false)
class MigrationSpec extends Specification implements OnTestDatabase {
    static final String NOW = "TIMESTAMP WITH TIME ZONE '2026-11-21 10:00:00+00'"
    static final String USER = "INSERT INTO users (id, full_name, email, phone, password_hash, status, created_at)"
    static final String PENDING = "INSERT INTO pending_registrations (email, phone, full_name, password_hash, code_hash, created_at, expires_at, wrong_attempts)"
    static final String TOKEN = "INSERT INTO single_use_tokens (token_hash, purpose, user_id, previous_email, created_at, expires_at)"
    static final String PRODUCT = "INSERT INTO products (name, price, stock, sale_percent, sale_ends_at, created_at, updated_at)"

    @Inject
    DataSource dataSource

    def "Flyway applied every migration cleanly on #database"() {
        when:
        Flyway flyway = Flyway.configure().dataSource(target())
                .locations(MigrationLocations.forUrl(target().connection.withCloseable { it.metaData.URL })).load()
        List<MigrationInfo> applied = flyway.info().applied().toList()

        then: 'on PostgreSQL, the creation of the fresh schema comes first, without a version'
        List<String> versions = applied.findAll { it.version != null }*.version*.toString()
        versions.containsAll(['1', '2', '3', '4', '5', '6', '7', '8', '8.1', '10', '11', '13', '14', '15', '20'])
        versions == versions.toSorted { new BigDecimal(it) }
        applied.every { it.state == MigrationState.SUCCESS }
        flyway.info().pending().length == 0
        flyway.validateWithResult().validationSuccessful

        where:
        database = TestDatabase.describe()
    }

    def "the schema holds the tables of accounts, sessions, the catalog and secrets"() {
        expect:
        tables().containsAll(['users', 'user_roles', 'auth_sessions', 'products', 'app_secrets', 'login_attempts',
                              'event_log', 'single_use_tokens', 'pending_registrations', 'wallets',
                              'balance_movements', 'carts', 'cart_lines', 'orders', 'order_lines', 'order_discounts',
                              'promo_codes', 'loyalty_settings', 'loyalty_tiers', 'idempotency_keys', 'mail_queue',
                              'rate_limit_buckets'])
        !tables().contains('password_resets')
        !tables().contains('email_reverts')
    }

    def "the database refuses #what"() {
        given:
        execute("${USER} VALUES (1, 'Ann', 'ann@example.com', '+79000000001', 'x', 'ACTIVE', ${NOW})")

        when:
        execute(statement)

        then:
        SQLException refused = thrown()
        refused.SQLState.startsWith('23')

        where:
        what                               | statement
        'a price of zero'                  | "${PRODUCT} VALUES ('Free', 0.00, 1, NULL, NULL, ${NOW}, ${NOW})"
        'a negative price'                 | "${PRODUCT} VALUES ('Debt', -1.00, 1, NULL, NULL, ${NOW}, ${NOW})"
        'a negative stock'                 | "${PRODUCT} VALUES ('Owed', 1.00, -1, NULL, NULL, ${NOW}, ${NOW})"
        'a sale of 0 %'                    | "${PRODUCT} VALUES ('Tiny', 1.00, 1, 0, NULL, ${NOW}, ${NOW})"
        'a sale of 91 %'                   | "${PRODUCT} VALUES ('Huge', 1.00, 1, 91, NULL, ${NOW}, ${NOW})"
        'a sale end without a sale'        | "${PRODUCT} VALUES ('Odd', 1.00, 1, NULL, ${NOW}, ${NOW}, ${NOW})"
        'a product without a name'         | "${PRODUCT} VALUES (NULL, 1.00, 1, NULL, NULL, ${NOW}, ${NOW})"
        'a second account with an email'   | "${USER} VALUES (2, 'Bo', 'ann@example.com', '+79000000002', 'x', 'ACTIVE', ${NOW})"
        'a second account with a phone'    | "${USER} VALUES (2, 'Bo', 'bo@example.com', '+79000000001', 'x', 'ACTIVE', ${NOW})"
        'an unknown account status'        | "${USER} VALUES (2, 'Bo', 'bo@example.com', '+79000000002', 'x', 'GONE', ${NOW})"
        'an unknown role'                  | "INSERT INTO user_roles (user_id, role) VALUES (1, 'ROOT')"
        'a role of nobody'                 | "INSERT INTO user_roles (user_id, role) VALUES (99, 'ADMIN')"
        'a session of nobody'              | "INSERT INTO auth_sessions (id, user_id, refresh_token_hash, created_at, last_used_at) VALUES ('s', 99, 'h', ${NOW}, ${NOW})"
        'a negative count of failures'     | "INSERT INTO login_attempts (login_key, consecutive_failures, updated_at) VALUES ('k', -1, ${NOW})"
        'login attempts of nobody'         | "INSERT INTO login_attempts (login_key, user_id, consecutive_failures, updated_at) VALUES ('user:99', 99, 1, ${NOW})"
        'a reset link of nobody'           | "${TOKEN} VALUES ('h', 'PASSWORD_RESET', 99, NULL, ${NOW}, ${NOW} + INTERVAL '15' MINUTE)"
        'a reset link expiring at once'    | "${TOKEN} VALUES ('h', 'PASSWORD_RESET', 1, NULL, ${NOW}, ${NOW})"
        'a reset link with an email'       | "${TOKEN} VALUES ('h', 'PASSWORD_RESET', 1, 'a@x', ${NOW}, ${NOW} + INTERVAL '15' MINUTE)"
        'an undo link of nobody'           | "${TOKEN} VALUES ('h', 'EMAIL_REVERT', 99, 'a@x', ${NOW}, ${NOW} + INTERVAL '7' DAY)"
        'an undo link expiring at once'    | "${TOKEN} VALUES ('h', 'EMAIL_REVERT', 1, 'a@x', ${NOW}, ${NOW})"
        'an undo link without an email'    | "${TOKEN} VALUES ('h', 'EMAIL_REVERT', 1, NULL, ${NOW}, ${NOW} + INTERVAL '7' DAY)"
        'a link of an unknown purpose'     | "${TOKEN} VALUES ('h', 'LOGIN', 1, NULL, ${NOW}, ${NOW} + INTERVAL '7' DAY)"
        'a second link with one hash'      | "${TOKEN} VALUES ('h', 'PASSWORD_RESET', 1, NULL, ${NOW}, ${NOW} + INTERVAL '15' MINUTE), ('h', 'EMAIL_REVERT', 1, 'a@x', ${NOW}, ${NOW} + INTERVAL '7' DAY)"
        'a sixth wrong code'               | "${PENDING} VALUES ('p@example.com', '+79000000009', 'P', 'x', 'c', ${NOW}, ${NOW} + INTERVAL '15' MINUTE, 6)"
        'a pending registration expiring at once' | "${PENDING} VALUES ('p@example.com', '+79000000009', 'P', 'x', 'c', ${NOW}, ${NOW}, 0)"
        'an event without a type'          | "INSERT INTO event_log (at, type, details) VALUES (${NOW}, NULL, '')"
        'a negative balance'               | "INSERT INTO wallets (user_id, balance) VALUES (1, -0.01)"
        'a second wallet of one customer'  | "INSERT INTO wallets (user_id, balance) VALUES (1, 0), (1, 0)"
        'a top-up of nothing'              | "INSERT INTO balance_movements (user_id, movement_type, amount, balance_after, created_at) VALUES (1, 'TOP_UP', 0, 0, ${NOW})"
        'a purchase without its order'     | "INSERT INTO balance_movements (user_id, movement_type, amount, balance_after, created_at) VALUES (1, 'PURCHASE', -1, 0, ${NOW})"
        'a promo code used beyond its limit' | "INSERT INTO promo_codes (code, percent_off, max_uses, times_used) VALUES ('MAX', 10, 1, 2)"
        'a promo code of percent and amount' | "INSERT INTO promo_codes (code, percent_off, amount_off) VALUES ('TWO', 10, 5)"
        'a second idempotency key'         | "INSERT INTO idempotency_keys VALUES (1, 'k', 'TOP_UP', 'f', 1, ${NOW}, ${NOW}), (1, 'k', 'TOP_UP', 'f', 2, ${NOW}, ${NOW})"
        'a mail with a negative count of attempts' | "INSERT INTO mail_queue (recipient, subject, text_body, created_at, attempts, next_attempt_at) VALUES ('a@x', 's', 'b', ${NOW}, -1, ${NOW})"
        'a mail both sent and given up'    | "INSERT INTO mail_queue (recipient, subject, text_body, created_at, next_attempt_at, sent_at, failed_at) VALUES ('a@x', 's', 'b', ${NOW}, ${NOW}, ${NOW}, ${NOW})"
        'a mail without a recipient'       | "INSERT INTO mail_queue (recipient, subject, text_body, created_at, next_attempt_at) VALUES (NULL, 's', 'b', ${NOW}, ${NOW})"
        'an order total that does not add up' | "INSERT INTO orders (user_id, customer_name, customer_email, status, subtotal, discount_total, total, created_at) VALUES (1, 'A', 'a@x', 'PAID', 10, 1, 10, ${NOW})"
    }

    def "money keeps exactly two decimals"() {
        when:
        execute("${PRODUCT} VALUES ('Exact', 12.34, 1, NULL, NULL, ${NOW}, ${NOW})")

        then:
        query('SELECT price FROM products') == 12.34
        query('SELECT price FROM products').scale() == 2
    }

    def "a product's description defaults to empty and it starts active"() {
        when:
        execute("${PRODUCT} VALUES ('Plain', 1.00, 1, NULL, NULL, ${NOW}, ${NOW})")

        then:
        query('SELECT description FROM products') == ''
        query('SELECT active FROM products') == true
    }

    def "deleting an account deletes its roles, sessions, login attempts, reset and undo links, but not its events"() {
        given:
        execute("${USER} VALUES (1, 'Ann', 'ann@example.com', '+79000000001', 'x', 'ACTIVE', ${NOW})")
        execute("INSERT INTO user_roles (user_id, role) VALUES (1, 'CUSTOMER')")
        execute("INSERT INTO auth_sessions (id, user_id, refresh_token_hash, created_at, last_used_at) VALUES ('s', 1, 'h', ${NOW}, ${NOW})")
        execute("INSERT INTO login_attempts (login_key, user_id, consecutive_failures, updated_at) VALUES ('user:1', 1, 2, ${NOW})")
        execute("${TOKEN} VALUES ('r', 'PASSWORD_RESET', 1, NULL, ${NOW}, ${NOW} + INTERVAL '15' MINUTE)")
        execute("${TOKEN} VALUES ('u', 'EMAIL_REVERT', 1, 'a@x', ${NOW}, ${NOW} + INTERVAL '7' DAY)")
        execute("INSERT INTO event_log (at, type, actor_id, subject_id, details) VALUES (${NOW}, 'REGISTERED', 1, 1, '')")

        when:
        execute('DELETE FROM users WHERE id = 1')

        then:
        query('SELECT COUNT(*) FROM user_roles') == 0
        query('SELECT COUNT(*) FROM auth_sessions') == 0
        query('SELECT COUNT(*) FROM login_attempts') == 0
        query("SELECT COUNT(*) FROM single_use_tokens WHERE purpose = 'PASSWORD_RESET'") == 0
        query("SELECT COUNT(*) FROM single_use_tokens WHERE purpose = 'EMAIL_REVERT'") == 0
        query('SELECT COUNT(*) FROM event_log') == 1
    }

    private DataSource target() {
        DelegatingDataSource.unwrapDataSource(dataSource)
    }

    private void execute(String statement) {
        Connection connection = target().connection
        try {
            connection.createStatement().execute(statement)
        } finally {
            connection.close()
        }
    }

    private Object query(String statement) {
        Connection connection = target().connection
        try {
            def result = connection.createStatement().executeQuery(statement)
            assert result.next()
            result.getObject(1)
        } finally {
            connection.close()
        }
    }

    private Set<String> tables() {
        Connection connection = target().connection
        try {
            def found = connection.metaData.getTables(null, connection.schema, '%', null)
            Set<String> names = []
            while (found.next()) {
                names << found.getString('TABLE_NAME').toLowerCase()
            }
            names
        } finally {
            connection.close()
        }
    }
}

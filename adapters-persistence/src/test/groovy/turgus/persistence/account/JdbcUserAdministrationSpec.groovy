package turgus.persistence.account

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.test.support.TestPropertyProvider
import jakarta.inject.Inject
import turgus.application.account.AccountSettings
import turgus.application.account.UserAdministrationService
import turgus.application.account.port.in.AdminActor
import turgus.application.account.port.in.UserAdministrationRefusal
import turgus.application.account.port.out.AccountBlocks
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.LoginAttemptsRepository
import turgus.application.account.port.out.ProfilePictureStore
import turgus.application.account.port.out.SessionRepository
import turgus.application.account.port.out.UserAdministrationRepository
import turgus.application.audit.port.out.AuditLog
import turgus.application.ledger.port.out.WalletRepository
import turgus.application.mail.port.out.Mailer
import turgus.application.order.port.out.OrderRepository
import turgus.application.shared.Transactions
import turgus.domain.account.AccountStatus
import turgus.domain.account.Role
import turgus.domain.account.UserId
import turgus.domain.shared.RefusalReason
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.sql.Connection
import java.sql.Timestamp
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset

import static turgus.persistence.testing.Race.atOnce

@MicronautTest(transactional = false)
class JdbcUserAdministrationSpec extends UserAdministrationRepositoryContract implements TestPropertyProvider {
    @Inject
    UserAdministrationRepository users

    @Inject
    AccountBlocks blocks

    @Inject
    AccountRepository accounts

    @Inject
    Transactions transactions

    @Inject
    SessionRepository sessions

    @Inject
    LoginAttemptsRepository attempts

    @Inject
    OrderRepository orders

    @Inject
    WalletRepository wallets

    @Inject
    AuditLog audit

    @Inject
    DataSource dataSource

    @Override
    Map<String, String> getProperties() {
        TestDatabase.properties() as Map<String, String>
    }

    def cleanup() {
        TestDatabase.deleteAllRows(dataSource)
    }

    UserAdministrationService service() {
        new UserAdministrationService(users, blocks, sessions, attempts, orders, wallets, Stub(ProfilePictureStore),
                Stub(Mailer), transactions, audit, AccountSettings.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC))
    }

    def "two admins demoting each other at once never leave the shop without an admin (#round)"() {
        given: 'exactly two admins'
        UserId ann = add(admin: true)
        UserId bob = add(admin: true)
        UserAdministrationService service = service()

        when: 'each takes ADMIN from the other at the same instant'
        List<Object> outcomes = atOnce(2) { int caller ->
            caller == 1
                    ? service.changeRoles(new AdminActor(ann, '192.0.2.1'), bob, ['CUSTOMER'])
                    : service.changeRoles(new AdminActor(bob, '192.0.2.2'), ann, ['CUSTOMER'])
        }

        then: 'one wins, the other is refused as the last admin'
        outcomes.count { it instanceof UserAdministrationRefusal } == 1
        (outcomes.find { it instanceof UserAdministrationRefusal } as UserAdministrationRefusal).reason() == RefusalReason.LAST_ADMIN
        outcomes.count { !(it instanceof Exception) } == 1
        [ann, bob].count { accounts.findById(it).get().roles().contains(Role.ADMIN) } == 1

        where:
        round << (1..8)
    }

    def "two admins shutting each other out at once (#first, #second) leave one active admin"() {
        given:
        UserId ann = add(admin: true)
        UserId bob = add(admin: true)
        UserAdministrationService service = service()
        Map<String, Closure> acts = [
                block     : { AdminActor actor, UserId target -> service.block(actor, target, null, 'race', null) },
                deactivate: { AdminActor actor, UserId target -> service.deactivate(actor, target) },
                delete    : { AdminActor actor, UserId target -> service.delete(actor, target) },
        ]

        when:
        List<Object> outcomes = atOnce(2) { int caller ->
            caller == 1
                    ? acts[first](new AdminActor(ann, null), bob)
                    : acts[second](new AdminActor(bob, null), ann)
        }

        then:
        outcomes.count { it instanceof UserAdministrationRefusal } == 1
        outcomes.findAll { it instanceof Exception }.every { it instanceof UserAdministrationRefusal }
        [ann, bob].count { users.find(it, NOW).map { it.status() == AccountStatus.ACTIVE }.orElse(false) } == 1

        where:
        first        | second
        'block'      | 'block'
        'deactivate' | 'delete'
        'delete'     | 'block'
        'deactivate' | 'deactivate'
    }

    def "the list's query plan reads the figures through indexes (printed for review)"() {
        given:
        String sql = 'EXPLAIN ' + UserAdministrationRowRepository.OVERVIEW.replace(':now', '?') +
                ' WHERE u.deleted_at IS NULL ORDER BY u.created_at DESC, u.id DESC LIMIT 20'

        when:
        String plan = withConnection { Connection connection ->
            def statement = connection.prepareStatement(sql)
            statement.setTimestamp(1, Timestamp.from(NOW))
            def rows = statement.executeQuery()
            List<String> lines = []
            while (rows.next()) {
                lines << rows.getString(1)
            }
            lines.join('\n')
        }
        println "Plan of the admins' user list on ${TestDatabase.describe()}:\n${plan}"

        then:
        plan.toLowerCase().contains('ix_orders_user_status_total')
    }

    // --- seeding -----------------------------------------------------------------------

    @Override
    void order(UserId user, String total, boolean refunded) {
        sql("INSERT INTO orders (user_id, customer_name, customer_email, status, subtotal, discount_total, total,"
                + " created_at, refunded_at) VALUES (?, 'Buyer', 'buyer@example.com', ?, ?, 0, ?, ?, ?)",
                user.value(), refunded ? 'REFUNDED' : 'PAID', new BigDecimal(total), new BigDecimal(total),
                Timestamp.from(NOW), refunded ? Timestamp.from(NOW) : null)
    }

    @Override
    void balance(UserId user, String amount) {
        sql('INSERT INTO wallets (user_id, balance) VALUES (?, ?)', user.value(), new BigDecimal(amount))
        sql("INSERT INTO balance_movements (user_id, movement_type, amount, balance_after, created_at)"
                + " VALUES (?, 'TOP_UP', ?, ?, ?)", user.value(), new BigDecimal(amount), new BigDecimal(amount),
                Timestamp.from(NOW))
    }

    @Override
    void lockedOut(UserId user, Instant until) {
        sql('INSERT INTO login_attempts (login_key, user_id, consecutive_failures, locked_until, updated_at)'
                + ' VALUES (?, ?, 3, ?, ?)', "user:${user.value()}".toString(), user.value(), Timestamp.from(until),
                Timestamp.from(NOW))
    }

    @Override
    void event(UserId subject, String type, Instant at) {
        sql("INSERT INTO event_log (at, type, subject_id, details) VALUES (?, ?, ?, 'x=1')", Timestamp.from(at), type,
                subject.value())
    }

    @Override
    Map<String, Object> history(UserId user) {
        withConnection { Connection connection ->
            def statement = connection.prepareStatement(
                    'SELECT (SELECT COUNT(*) FROM orders WHERE user_id = ?) AS orders,'
                            + ' (SELECT SUM(total) FROM orders WHERE user_id = ?) AS revenue,'
                            + ' (SELECT COUNT(*) FROM balance_movements WHERE user_id = ?) AS ledger,'
                            + ' (SELECT balance FROM wallets WHERE user_id = ?) AS balance')
            (1..4).each { statement.setLong(it, user.value()) }
            def rows = statement.executeQuery()
            rows.next()
            [orders: rows.getLong('orders'), revenue: rows.getBigDecimal('revenue'), ledger: rows.getLong('ledger'),
             balance: rows.getBigDecimal('balance')]
        } as Map<String, Object>
    }

    private void sql(String statement, Object... values) {
        withConnection { Connection connection ->
            def prepared = connection.prepareStatement(statement)
            values.eachWithIndex { value, i -> prepared.setObject(i + 1, value) }
            prepared.executeUpdate()
        }
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

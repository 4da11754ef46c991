package turgus.persistence.account

import turgus.domain.account.PhoneFormat
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Specification
import turgus.application.account.AccountSettings
import turgus.application.account.LogInService
import turgus.application.account.port.in.InvalidCredentialsException
import turgus.application.account.port.in.LockedOutException
import turgus.application.account.port.in.LogInCommand
import turgus.application.account.port.out.AccountBlocks
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.LoginAttemptsRepository
import turgus.application.account.port.out.LoginKey
import turgus.application.account.port.out.PasswordHasher
import turgus.application.account.port.out.SessionRepository
import turgus.application.audit.port.out.AuditLog
import turgus.application.security.port.out.RandomSecrets
import turgus.application.shared.Transactions
import turgus.application.testing.PlainPasswordHasher
import turgus.domain.account.UserId
import turgus.persistence.testing.OnTestDatabase
import turgus.persistence.testing.TestDatabase

import javax.sql.DataSource
import java.sql.Connection
import java.time.Clock
import java.time.Instant
import java.time.ZoneOffset
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.TimeUnit

import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.Race.atOnce

/** The login use case on the real database: wrong passwords racing in parallel are all counted. */
@MicronautTest(transactional = false)
class LoginLockoutRaceSpec extends Specification implements OnTestDatabase {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')

    @Inject
    AccountRepository accounts

    @Inject
    SessionRepository sessions

    @Inject
    LoginAttemptsRepository attempts

    @Inject
    AuditLog audit

    @Inject
    Transactions transactions

    @Inject
    DataSource dataSource

    @Inject
    AccountBlocks blocks

    PlainPasswordHasher hasher = new PlainPasswordHasher()
    /** Holds every racing password check until all have started, as bcrypt's long work would. */
    CyclicBarrier allChecking
    LogInService service
    UserId ann

    def setup() {
        RandomSecrets random = Stub(RandomSecrets) { token(_) >> { UUID.randomUUID().toString() } }
        PasswordHasher slow = new PasswordHasher() {
            String hash(String password) { hasher.hash(password) }

            boolean matches(String password, String hash) {
                allChecking?.await(30, TimeUnit.SECONDS)
                hasher.matches(password, hash)
            }

            void spendComparableTime(String password) {
                allChecking?.await(30, TimeUnit.SECONDS)
                hasher.spendComparableTime(password)
            }
        }
        service = new LogInService(accounts, sessions, attempts, slow, random, transactions, audit, blocks,
                AccountSettings.DEFAULTS, Clock.fixed(NOW, ZoneOffset.UTC))
        ann = accounts.add(anAccount().withEmail('ann@example.com').withPhone('+79001112233')
                .withPasswordHash(hasher.hash('Right-pass1!')).build()).id()
    }

    def "#callers wrong passwords at once on #database, by email and phone, are all counted and all logged"() {
        given:
        allChecking = new CyclicBarrier(callers)

        when:
        List<Object> answers = atOnce(callers) { int n ->
            service.logIn(new LogInCommand(n % 2 ? 'ANN@example.com' : '+7 900 111 22 33', 'wrong', 'racer', '203.0.113.1'))
        }

        then: 'every caller was refused, and every failure counted: all had passed the lock check together'
        answers.every { it instanceof InvalidCredentialsException || it instanceof LockedOutException }
        attempts.find(LoginKey.of(ann)).consecutiveFailures() == callers
        count("SELECT COUNT(*) FROM event_log WHERE type = 'LOGIN_FAILED'") == callers
        count("SELECT COUNT(*) FROM event_log WHERE type = 'LOCKED_OUT'") == answers.count { it instanceof LockedOutException }

        when: 'then the right password comes'
        allChecking = null
        int workBefore = hasher.work()
        service.logIn(new LogInCommand('ann@example.com', 'Right-pass1!', null, null))

        then: 'it is refused without hashing'
        thrown(LockedOutException)
        hasher.work() == workBefore
        sessions.listActive(ann).isEmpty()

        where:
        callers = 12
        database = TestDatabase.describe()
    }

    def "#callers guesses at once for a name that matches no account are all counted under that name"() {
        given:
        allChecking = new CyclicBarrier(callers)

        when:
        atOnce(callers) { int n -> service.logIn(new LogInCommand(n % 2 ? 'Ghost@Example.com' : 'ghost@example.com ', 'x', null, null)) }

        then:
        attempts.find(LoginKey.ofUnknownName('ghost@example.com', PhoneFormat.DEFAULT)).consecutiveFailures() == callers

        where:
        callers = 12
    }

    private long count(String sql) {
        Connection connection = DelegatingDataSource.unwrapDataSource(dataSource).connection
        try {
            def found = connection.createStatement().executeQuery(sql)
            found.next()
            found.getLong(1)
        } finally {
            connection.close()
        }
    }
}

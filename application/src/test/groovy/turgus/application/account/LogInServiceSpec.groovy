package turgus.application.account

import turgus.domain.account.PhoneFormat
import java.time.Duration
import spock.lang.Specification
import turgus.application.account.port.in.AccountDisabledException
import turgus.application.account.port.in.InvalidCredentialsException
import turgus.application.account.port.in.LockedOutException
import turgus.application.account.port.in.LogInCommand
import turgus.application.account.port.out.LoginKey
import turgus.application.account.port.out.SessionRepository
import turgus.application.audit.port.out.AuditEventType
import turgus.application.security.TokenHash
import turgus.application.security.port.out.RandomSecrets
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemoryLoginAttempts
import turgus.application.testing.MutableClock
import turgus.application.testing.PlainPasswordHasher
import turgus.domain.account.Account
import turgus.domain.account.AccountStatus
import turgus.domain.account.UserId
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.application.account.port.out.AccountBlocks
import turgus.domain.account.Role
import turgus.domain.account.lockout.LockoutPolicy

class LogInServiceSpec extends Specification {
    static final String PASSWORD = 'Secret-pass1!'

    def accounts = new InMemoryAccountRepository()
    def sessions = Mock(SessionRepository)
    def attempts = new InMemoryLoginAttempts()
    def hasher = new PlainPasswordHasher()
    def random = Stub(RandomSecrets) { token(_) >> 'refresh-token' }
    def transactions = new DirectTransactions()
    def audit = new InMemoryAuditLog()
    def clock = new MutableClock()
    def blocks = Stub(AccountBlocks)
    def service = new LogInService(accounts, sessions, attempts, hasher, random, transactions, audit, blocks,
            AccountSettings.DEFAULTS, clock)
    Account ann

    def setup() {
        ann = accounts.add(Account.open(new FullName('Ann'), Email.of('ann@example.com'),
                new PhoneNumber('+79001234567'), hasher.hash(PASSWORD), EnumSet.of(Role.CUSTOMER), clock.instant()))
        hasher.hashes = 0
    }

    def "a person signs in with their email or phone, in any case or formatting"() {
        when:
        def signedIn = service.logIn(new LogInCommand(username, PASSWORD, 'Firefox', '10.0.0.1'))

        then:
        1 * sessions.open(ann.id(), TokenHash.of('refresh-token'), 'Firefox', '10.0.0.1', clock.instant(), 3) >> opened('session-1')
        signedIn.userId() == ann.id()
        signedIn.email() == ann.email()
        signedIn.roles() == [Role.CUSTOMER] as Set
        signedIn.sessionId() == 'session-1'
        signedIn.refreshToken() == 'refresh-token'
        accounts.findById(ann.id()).get().lastLoginAt() == clock.instant()
        transactions.started == 1
        with(audit.events.last()) {
            type() == AuditEventType.LOGIN_SUCCEEDED
            actorId() == ann.id()
            subjectId() == ann.id()
            ip() == '10.0.0.1'
        }

        where:
        username << ['ann@example.com', ' ANN@Example.com ', '+79001234567', '+7 (900) 123-45-67', '+7-900-123-45-67',
                     '8 (900) 123-45-67', '79001234567']
    }

    def "an unknown name and a wrong password get the same answer"() {
        when:
        service.logIn(new LogInCommand(username, password, null, null))

        then:
        def refused = thrown(InvalidCredentialsException)
        refused.message == 'Invalid credentials. Try again'
        0 * sessions.open(*_)
        hasher.dummyChecks == dummyWork
        hasher.work() == 1
        audit.types() == [AuditEventType.LOGIN_FAILED]

        where:
        username          | password  || dummyWork
        'ann@example.com' | 'wrong'   || 0
        'bob@example.com' | PASSWORD  || 1
        '+79999999999'    | PASSWORD  || 1
        'not a name'      | PASSWORD  || 1
        ''                | ''        || 1
        'a@b'             | 'x'       || 1
    }

    def "a blocked or deactivated account is told so only after a correct password"() {
        given:
        disable(status)

        when:
        service.logIn(new LogInCommand('ann@example.com', password, null, null))

        then:
        thrown(expected)
        0 * sessions.open(*_)

        where:
        status                    | password  || expected
        AccountStatus.BLOCKED     | PASSWORD  || AccountDisabledException
        AccountStatus.DEACTIVATED | PASSWORD  || AccountDisabledException
        AccountStatus.BLOCKED     | 'wrong'   || InvalidCredentialsException
    }

    def "a session is started without a password for an account that may sign in"() {
        when:
        def started = service.startSession(ann.id(), 'Firefox', '10.0.0.1')

        then:
        1 * sessions.open(ann.id(), TokenHash.of('refresh-token'), 'Firefox', '10.0.0.1', clock.instant(), 3) >> opened('session-9')
        started.get().sessionId() == 'session-9'
        started.get().refreshToken() == 'refresh-token'
        audit.events.last().type() == AuditEventType.LOGIN_SUCCEEDED
        audit.events.last().details().contains('after a restore')
    }

    def "no session is started for an unknown, #status account"() {
        given:
        UserId id = status == null ? UserId.of(999) : ann.id()
        if (status != null) {
            disable(status)
        }

        expect:
        service.startSession(id, null, null).isEmpty()

        where:
        status << [null, AccountStatus.BLOCKED, AccountStatus.DEACTIVATED]
    }

    def "failure #failures in a row is answered #outcome and locks for #lock"() {
        given: 'the earlier failures, each after the lock before it has lifted'
        (failures - 1).times {
            tryToLogIn('ann@example.com', 'wrong')
            attempts.find(LoginKey.of(ann.id())).lockedUntilAt(clock.instant()).ifPresent { clock.now = it }
        }

        when:
        def answer = tryToLogIn('ann@example.com', 'wrong')

        then:
        answer.class == expected
        attempts.find(LoginKey.of(ann.id())).consecutiveFailures() == failures
        attempts.find(LoginKey.of(ann.id())).lockedUntil() == (lock == null ? null : clock.instant() + lock)
        if (lock != null) {
            assert (answer as LockedOutException).retryAfterSeconds() == lock.seconds
        }

        where:
        failures | lock                     || expected
        1        | null                     || InvalidCredentialsException
        2        | null                     || InvalidCredentialsException
        3        | Duration.ofMinutes(5)    || LockedOutException
        4        | Duration.ofHours(1)      || LockedOutException
        5        | Duration.ofHours(24)     || LockedOutException
        6        | Duration.ofHours(24)     || LockedOutException
        outcome = expected.simpleName
    }

    def "while locked no password is checked, not even the right one, and the answer says how long to wait"() {
        given:
        attempts.lock(LoginKey.of(ann.id()), 3, clock.instant() + Duration.ofMinutes(5))
        clock.advance(Duration.ofSeconds(61))

        when:
        service.logIn(new LogInCommand(username, password, null, '10.0.0.9'))

        then:
        def locked = thrown(LockedOutException)
        locked.retryAfterSeconds() == 239
        locked.message == 'Too many failed logins. Try again in 4 minutes.'
        hasher.work() == 0
        0 * sessions.open(*_)
        attempts.find(LoginKey.of(ann.id())).consecutiveFailures() == 3
        audit.events*.details() == ['refused: locked']

        where:
        username             | password
        'ann@example.com'    | PASSWORD
        'ANN@EXAMPLE.COM'    | 'wrong'
        '+7 900 123 45 67'   | PASSWORD
    }

    def "an account's email and phone, in any spelling, share one count"() {
        when:
        tryToLogIn('ann@example.com', 'wrong')
        tryToLogIn('8 (900) 123-45-67', 'wrong')
        def third = tryToLogIn(' Ann@Example.COM', 'wrong')

        then:
        third instanceof LockedOutException
        attempts.find(LoginKey.of(ann.id())).consecutiveFailures() == 3
    }

    def "a name that matches no account is counted and locked the same way, under every spelling"() {
        when:
        def answers = [
                tryToLogIn('ghost@example.com', PASSWORD),
                tryToLogIn('GHOST@example.com ', PASSWORD),
                tryToLogIn('Ghost@Example.com', PASSWORD),
                tryToLogIn('ghost@example.com', PASSWORD)]

        then:
        answers*.class == [InvalidCredentialsException, InvalidCredentialsException, LockedOutException, LockedOutException]
        (answers[2] as LockedOutException).retryAfterSeconds() == 300
        hasher.dummyChecks == 3
        attempts.find(LoginKey.ofUnknownName('ghost@example.com', PhoneFormat.DEFAULT)).consecutiveFailures() == 3
        attempts.find(LoginKey.of(ann.id())).consecutiveFailures() == 0
    }

    def "a locked known account and a locked unknown name give the same answer"() {
        when:
        3.times { tryToLogIn('ann@example.com', 'wrong') }
        3.times { tryToLogIn('nobody@example.com', 'wrong') }
        LockedOutException known = tryToLogIn('ann@example.com', 'wrong') as LockedOutException
        LockedOutException unknown = tryToLogIn('nobody@example.com', 'wrong') as LockedOutException

        then:
        known.message == unknown.message
        known.retryAfterSeconds() == unknown.retryAfterSeconds()
    }

    def "a lock lifts by itself when its time is up, but the count stays until a login succeeds"() {
        given:
        3.times { tryToLogIn('ann@example.com', 'wrong') }
        clock.advance(Duration.ofMinutes(5))

        when: 'the next failure after the lock has lifted'
        def fourth = tryToLogIn('ann@example.com', 'wrong')

        then:
        (fourth as LockedOutException).retryAfterSeconds() == Duration.ofHours(1).seconds

        when: 'the hour is up and the right password is typed'
        clock.advance(Duration.ofHours(1))
        service.logIn(new LogInCommand('ann@example.com', PASSWORD, null, null))

        then:
        1 * sessions.open(*_) >> opened('session-1')
        attempts.find(LoginKey.of(ann.id())).consecutiveFailures() == 0

        when: 'counting starts again from zero'
        def next = tryToLogIn('ann@example.com', 'wrong')

        then:
        next instanceof InvalidCredentialsException
    }

    def "the failure that locks is written to the event log together with the failure"() {
        when:
        3.times { tryToLogIn('ann@example.com', 'wrong') }

        then:
        audit.types() == [AuditEventType.LOGIN_FAILED, AuditEventType.LOGIN_FAILED, AuditEventType.LOGIN_FAILED,
                          AuditEventType.LOCKED_OUT]
        audit.events.every { it.subjectId() == ann.id() && it.actorId() == null }
        audit.events[2].details() == 'wrong password, 3 in a row'
    }

    def "a disabled account with the right password neither counts a failure nor clears the count"() {
        given:
        tryToLogIn('ann@example.com', 'wrong')
        disable(AccountStatus.BLOCKED)

        when:
        service.logIn(new LogInCommand('ann@example.com', PASSWORD, null, null))

        then:
        thrown(AccountDisabledException)
        attempts.find(LoginKey.of(ann.id())).consecutiveFailures() == 1
    }

    def "the configured lockout steps apply"() {
        given:
        def strict = new LogInService(accounts, sessions, attempts, hasher, random, transactions, audit, blocks,
                AccountSettings.DEFAULTS.withLockout(new LockoutPolicy(1, [Duration.ofSeconds(30)])), clock)

        when:
        strict.logIn(new LogInCommand('ann@example.com', 'wrong', null, null))

        then:
        def locked = thrown(LockedOutException)
        locked.retryAfterSeconds() == 30
    }

    def "old failures at made-up names are forgotten, unless still locked; accounts' failures are kept"() {
        given:
        tryToLogIn('old@example.com', 'x')
        attempts.lock(LoginKey.ofUnknownName('locked@example.com', PhoneFormat.DEFAULT), 5, clock.instant() + Duration.ofDays(2))
        tryToLogIn('ann@example.com', 'wrong')
        clock.advance(Duration.ofDays(1))
        tryToLogIn('recent@example.com', 'x')

        when:
        int forgotten = service.forgetStaleLoginAttempts(Duration.ofHours(1))

        then:
        forgotten == 1
        attempts.find(LoginKey.ofUnknownName('old@example.com', PhoneFormat.DEFAULT)).consecutiveFailures() == 0
        attempts.find(LoginKey.ofUnknownName('locked@example.com', PhoneFormat.DEFAULT)).consecutiveFailures() == 5
        attempts.find(LoginKey.ofUnknownName('recent@example.com', PhoneFormat.DEFAULT)).consecutiveFailures() == 1
        attempts.find(LoginKey.of(ann.id())).consecutiveFailures() == 1

        when:
        service.forgetStaleLoginAttempts(Duration.ZERO)

        then:
        thrown(IllegalArgumentException)
    }

    def "a disabled account names its status"() {
        expect:
        new AccountDisabledException(AccountStatus.BLOCKED).message.contains('blocked')
        new AccountDisabledException(AccountStatus.DEACTIVATED).status() == AccountStatus.DEACTIVATED
    }

    def "a lock's wait is said in words: #seconds s → #words"() {
        expect:
        new LockedOutException(seconds).message == "Too many failed logins. Try again in ${words}."

        where:
        seconds || words
        1       || '1 second'
        59      || '59 seconds'
        60      || '1 minute'
        61      || '2 minutes'
        3600    || '1 hour'
        86400   || '24 hours'
    }

    def "a login command never prints the password"() {
        expect:
        !new LogInCommand('ann@example.com', PASSWORD, null, null).toString().contains('Secret')
        new LogInCommand(null, null, 'x' * 600, null).userAgent().length() == 500
    }

    def "an unknown name is kept only as a hash"() {
        expect:
        LoginKey.ofUnknownName(' Ghost@Example.com', PhoneFormat.DEFAULT).value() == 'name:' + TokenHash.of('ghost@example.com')
        LoginKey.ofUnknownName('+7 (999) 000-00-00', PhoneFormat.DEFAULT) == LoginKey.ofUnknownName('+79990000000', PhoneFormat.DEFAULT)
        LoginKey.ofUnknownName('8 (999) 000-00-00', PhoneFormat.DEFAULT) == LoginKey.ofUnknownName('+79990000000', PhoneFormat.DEFAULT)
        LoginKey.ofUnknownName('x', PhoneFormat.DEFAULT).account().isEmpty()
        LoginKey.of(ann.id()).value() == 'user:' + ann.id().value()
    }

    def "a login beyond the session limit records which sessions it signed out"() {
        when:
        def signedIn = service.logIn(new LogInCommand('ann@example.com', PASSWORD, 'Edge', '10.0.0.4'))

        then:
        1 * sessions.open(ann.id(), _, 'Edge', '10.0.0.4', clock.instant(), AccountSettings.DEFAULT_MAX_SESSIONS) >>
                opened('session-4', 'session-1')
        signedIn.sessionId() == 'session-4'
        audit.types() == [AuditEventType.LOGIN_SUCCEEDED, AuditEventType.SESSION_REVOKED]
        audit.events[1].details().contains('session-1')
    }

    def "the configured session limit is handed to the sessions"() {
        given:
        def two = new LogInService(accounts, sessions, attempts, hasher, random, transactions, audit, blocks,
                AccountSettings.DEFAULTS.withMaxSessionsPerAccount(2), clock)

        when:
        two.logIn(new LogInCommand('ann@example.com', PASSWORD, null, null))

        then:
        1 * sessions.open(ann.id(), _, _, _, _, 2) >> opened('session-1')
    }

    private static SessionRepository.OpenedSession opened(String id, String... signedOut) {
        new SessionRepository.OpenedSession(id, signedOut as List<String>)
    }

    private RuntimeException tryToLogIn(String username, String password) {
        try {
            service.logIn(new LogInCommand(username, password, null, null))
            throw new AssertionError('the login should have been refused')
        } catch (InvalidCredentialsException | LockedOutException refused) {
            return refused
        }
    }

    private void disable(AccountStatus status) {
        accounts.accounts[ann.id()] = new Account(ann.id(), ann.fullName(), ann.email(), ann.phone(),
                ann.passwordHash(), ann.roles(), status, null, ann.createdAt(), null)
    }
}

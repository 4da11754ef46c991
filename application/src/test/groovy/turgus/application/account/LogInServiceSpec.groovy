package turgus.application.account

import spock.lang.Specification
import turgus.application.account.port.in.AccountDisabledException
import turgus.application.account.port.in.InvalidCredentialsException
import turgus.application.account.port.in.LogInCommand
import turgus.application.account.port.out.SessionRepository
import turgus.application.security.TokenHash
import turgus.application.security.port.out.RandomSecrets
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.MutableClock
import turgus.application.testing.PlainPasswordHasher
import turgus.domain.account.Account
import turgus.domain.account.AccountStatus
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role

class LogInServiceSpec extends Specification {
    def accounts = new InMemoryAccountRepository()
    def sessions = Mock(SessionRepository)
    def hasher = new PlainPasswordHasher()
    def random = Stub(RandomSecrets) { token(_) >> 'refresh-token' }
    def transactions = new DirectTransactions()
    def clock = new MutableClock()
    def service = new LogInService(accounts, sessions, hasher, random, transactions, clock)
    Account ann

    def setup() {
        ann = accounts.add(Account.open(new FullName('Ann'), Email.of('ann@example.com'),
                new PhoneNumber('+79001234567'), hasher.hash('Secret-pass1!'), EnumSet.of(Role.CUSTOMER), clock.instant()))
    }

    def "a person signs in with their email or phone, in any case or formatting"() {
        when:
        def signedIn = service.logIn(new LogInCommand(username, 'Secret-pass1!', 'Firefox', '10.0.0.1'))

        then:
        1 * sessions.open(ann.id(), TokenHash.of('refresh-token'), 'Firefox', '10.0.0.1', clock.instant()) >> 'session-1'
        signedIn.userId() == ann.id()
        signedIn.email() == ann.email()
        signedIn.roles() == [Role.CUSTOMER] as Set
        signedIn.sessionId() == 'session-1'
        signedIn.refreshToken() == 'refresh-token'
        accounts.lastLogins[ann.id()] == clock.instant()
        transactions.started == 1

        where:
        username << ['ann@example.com', ' ANN@Example.com ', '+79001234567', '+7 (900) 123-45-67', '+7-900-123-45-67']
    }

    def "an unknown name and a wrong password get the same answer"() {
        when:
        service.logIn(new LogInCommand(username, password, null, null))

        then:
        def refused = thrown(InvalidCredentialsException)
        refused.message == 'Invalid credentials. Try again'
        0 * sessions.open(*_)
        hasher.dummyChecks == dummyWork

        where:
        username          | password        || dummyWork
        'ann@example.com' | 'wrong'         || 0
        'bob@example.com' | 'Secret-pass1!' || 1
        '+79999999999'    | 'Secret-pass1!' || 1
        'not a name'      | 'Secret-pass1!' || 1
        ''                | ''              || 1
        'a@b'             | 'x'             || 1
    }

    def "a blocked or deactivated account is told so only after a correct password"() {
        given:
        accounts.accounts[ann.id()] = new Account(ann.id(), ann.fullName(), ann.email(), ann.phone(),
                ann.passwordHash(), ann.roles(), status, null, ann.createdAt(), null)

        when:
        service.logIn(new LogInCommand('ann@example.com', password, null, null))

        then:
        thrown(expected)
        0 * sessions.open(*_)

        where:
        status                    | password        || expected
        AccountStatus.BLOCKED     | 'Secret-pass1!' || AccountDisabledException
        AccountStatus.DEACTIVATED | 'Secret-pass1!' || AccountDisabledException
        AccountStatus.BLOCKED     | 'wrong'         || InvalidCredentialsException
    }

    def "a disabled account names its status"() {
        expect:
        new AccountDisabledException(AccountStatus.BLOCKED).message.contains('blocked')
        new AccountDisabledException(AccountStatus.DEACTIVATED).status() == AccountStatus.DEACTIVATED
    }

    def "a login command never prints the password"() {
        expect:
        !new LogInCommand('ann@example.com', 'Secret-pass1!', null, null).toString().contains('Secret')
        new LogInCommand(null, null, 'x' * 600, null).userAgent().length() == 500
    }
}

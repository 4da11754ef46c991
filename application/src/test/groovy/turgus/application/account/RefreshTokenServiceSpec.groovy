package turgus.application.account

import java.time.Duration
import spock.lang.Specification
import turgus.application.account.port.in.AccountDisabledException
import turgus.application.account.port.in.InvalidRefreshTokenException
import turgus.application.account.port.in.LockedOutException
import turgus.application.account.port.in.RefreshTokenCommand
import turgus.application.account.port.out.LoginKey
import turgus.application.audit.port.out.AuditEventType
import turgus.application.security.TokenHash
import turgus.application.security.port.out.RandomSecrets
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemoryLoginAttempts
import turgus.application.testing.InMemorySessionRepository
import turgus.application.testing.MutableClock
import turgus.domain.account.Account
import turgus.domain.account.AccountStatus
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.shared.InvalidValueException

class RefreshTokenServiceSpec extends Specification {
    def accounts = new InMemoryAccountRepository()
    def sessions = new InMemorySessionRepository()
    def attempts = new InMemoryLoginAttempts()
    def audit = new InMemoryAuditLog()
    def clock = new MutableClock()
    int issued
    def random = Stub(RandomSecrets) { token(32) >> { "token-${++issued}".toString() } }
    def service = new RefreshTokenService(sessions, accounts, attempts, random, audit, AccountSettings.DEFAULTS, clock)
    Account ann
    String sessionId

    def setup() {
        ann = accounts.add(Account.open(new FullName('Ann'), Email.of('ann@example.com'),
                new PhoneNumber('+79001234567'), 'hashed', EnumSet.of(Role.CUSTOMER, Role.ADMIN), clock.instant()))
        sessionId = sessions.open(ann.id(), TokenHash.of('token-0'), 'Firefox', '10.0.0.1', clock.instant(), 3).id()
    }

    def "a refresh token buys a new one for the same session, and works only once"() {
        given:
        clock.advance(Duration.ofMinutes(14))

        when:
        def renewed = service.refresh(new RefreshTokenCommand('token-0', '10.0.0.1'))

        then:
        renewed.sessionId() == sessionId
        renewed.refreshToken() == 'token-1'
        renewed.userId() == ann.id()
        renewed.email() == ann.email()
        renewed.roles() == [Role.CUSTOMER, Role.ADMIN] as Set
        sessions.stored(sessionId).hash == TokenHash.of('token-1')
        sessions.stored(sessionId).lastUsedAt == clock.instant()

        when: 'the new token is used in turn'
        def again = service.refresh(new RefreshTokenCommand(' token-1 ', null))

        then:
        again.refreshToken() == 'token-2'
        again.sessionId() == sessionId
    }

    def "an old refresh token used again is taken as stolen: the whole session ends"() {
        given:
        service.refresh(new RefreshTokenCommand('token-0', null))

        when:
        service.refresh(new RefreshTokenCommand('token-0', '10.6.6.6'))

        then:
        thrown(InvalidRefreshTokenException)
        !sessions.isActive(sessionId)
        with(audit.only()) {
            type() == AuditEventType.SESSION_REVOKED
            subjectId() == ann.id()
            ip() == '10.6.6.6'
            details().contains('used twice')
        }

        when: 'not even the newest token works any more'
        service.refresh(new RefreshTokenCommand('token-1', null))

        then:
        thrown(InvalidRefreshTokenException)
    }

    def "an unknown token or a signed-out session's token is refused and ends nothing else"() {
        given:
        def other = sessions.open(ann.id(), TokenHash.of('other'), null, null, clock.instant(), 3).id()
        sessions.revoke(ann.id(), other, clock.instant())

        when:
        service.refresh(new RefreshTokenCommand(token, null))

        then:
        def refused = thrown(InvalidRefreshTokenException)
        refused.message == 'The session has ended. Please sign in again.'
        sessions.isActive(sessionId)
        audit.events.isEmpty()

        where:
        token << ['never-issued', 'other']
    }

    def "a session unused for longer than the refresh validity ends"() {
        given:
        clock.advance(AccountSettings.DEFAULT_REFRESH_TOKEN_VALIDITY)

        when:
        service.refresh(new RefreshTokenCommand('token-0', null))

        then:
        thrown(InvalidRefreshTokenException)
        !sessions.isActive(sessionId)
    }

    def "a blocked or deactivated account gets no new token"() {
        given:
        accounts.accounts[ann.id()] = new Account(ann.id(), ann.fullName(), ann.email(), ann.phone(),
                ann.passwordHash(), ann.roles(), status, null, ann.createdAt(), null)

        when:
        service.refresh(new RefreshTokenCommand('token-0', null))

        then:
        def refused = thrown(AccountDisabledException)
        refused.status() == status
        sessions.stored(sessionId).hash == TokenHash.of('token-0')

        where:
        status << [AccountStatus.BLOCKED, AccountStatus.DEACTIVATED]
    }

    def "a refresh does not get round a lockout"() {
        given:
        attempts.lock(LoginKey.of(ann.id()), 3, clock.instant() + Duration.ofMinutes(5))

        when:
        service.refresh(new RefreshTokenCommand('token-0', null))

        then:
        def locked = thrown(LockedOutException)
        locked.retryAfterSeconds() == 300
        sessions.stored(sessionId).hash == TokenHash.of('token-0')

        when: 'the lock has lifted'
        clock.advance(Duration.ofMinutes(5))

        then:
        service.refresh(new RefreshTokenCommand('token-0', null)).refreshToken() == 'token-1'
    }

    def "the session of a deleted account is refused"() {
        given:
        accounts.accounts.remove(ann.id())

        when:
        service.refresh(new RefreshTokenCommand('token-0', null))

        then:
        thrown(InvalidRefreshTokenException)
    }

    def "a rotation lost to a racing request with the same token ends the session"() {
        given:
        sessions.loseRotations = true
        def raced = service

        when:
        raced.refresh(new RefreshTokenCommand('token-0', null))

        then:
        thrown(InvalidRefreshTokenException)
        !sessions.isActive(sessionId)
        audit.types() == [AuditEventType.SESSION_REVOKED]
    }

    def "a missing refresh token is a field error, and the token never shows in a log"() {
        when:
        new RefreshTokenCommand(token, null)

        then:
        def invalid = thrown(InvalidValueException)
        invalid.field() == 'refresh_token'

        expect:
        !new RefreshTokenCommand('secret-refresh', null).toString().contains('secret')

        where:
        token << [null, '', '  ']
    }
}

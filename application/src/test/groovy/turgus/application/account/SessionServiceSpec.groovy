package turgus.application.account

import java.time.Duration
import spock.lang.Specification
import turgus.application.account.port.in.EndAllSessionsUseCase
import turgus.application.account.port.in.LogOutUseCase
import turgus.application.account.port.in.RevokeSessionUseCase
import turgus.application.audit.port.out.AuditEventType
import turgus.application.shared.NotFoundException
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemorySessionRepository
import turgus.application.testing.MutableClock
import turgus.domain.account.UserId

class SessionServiceSpec extends Specification {
    static final UserId ANN = UserId.of(1)
    static final UserId BOB = UserId.of(2)

    def sessions = new InMemorySessionRepository()
    def audit = new InMemoryAuditLog()
    def clock = new MutableClock()
    def service = new SessionService(sessions, audit, clock)

    String annPhone
    String annLaptop
    String bobPhone

    def setup() {
        annPhone = open(ANN, 'Phone', '10.0.0.1')
        clock.advance(Duration.ofMinutes(1))
        annLaptop = open(ANN, 'Laptop', '10.0.0.2')
        bobPhone = open(BOB, 'Phone', '10.0.0.3')
    }

    def "a person sees their own active sessions, newest first, the asking one marked current"() {
        when:
        def listed = service.sessions(ANN, annPhone)

        then:
        listed*.id() == [annLaptop, annPhone]
        listed*.current() == [false, true]
        listed*.userAgent() == ['Laptop', 'Phone']
        listed*.ip() == ['10.0.0.2', '10.0.0.1']
        listed[1].createdAt() == clock.instant() - Duration.ofMinutes(1)
        listed[1].lastUsedAt() == listed[1].createdAt()
    }

    def "logging out ends the current session at once, and says so in the event log"() {
        when:
        service.logOut(new LogOutUseCase.Command(ANN, annPhone, '10.0.0.1'))

        then:
        !sessions.findActive(annPhone).isPresent()
        sessions.findActive(annLaptop).isPresent()
        audit.types() == [AuditEventType.LOGGED_OUT]
        audit.events[0].subjectId() == ANN
    }

    def "logging out of a session that has already ended is quietly done"() {
        given:
        service.logOut(new LogOutUseCase.Command(ANN, annPhone, null))

        when:
        service.logOut(new LogOutUseCase.Command(ANN, annPhone, null))

        then:
        notThrown(Exception)
        audit.types() == [AuditEventType.LOGGED_OUT]
    }

    def "a person signs out another of their devices"() {
        when:
        service.revoke(new RevokeSessionUseCase.Command(ANN, annLaptop, '10.0.0.1'))

        then:
        !sessions.findActive(annLaptop).isPresent()
        service.sessions(ANN, annPhone)*.id() == [annPhone]
        with(audit.events.last()) {
            type() == AuditEventType.SESSION_REVOKED
            actorId() == ANN
            subjectId() == ANN
            details().contains(annLaptop)
        }
    }

    def "another user's session, an ended one or an unknown id is not found: #which"() {
        given:
        service.revoke(new RevokeSessionUseCase.Command(ANN, annLaptop, null))
        audit.events.clear()
        def ids = [bob: bobPhone, ended: annLaptop, unknown: 'session-999', empty: null]

        when:
        service.revoke(new RevokeSessionUseCase.Command(ANN, ids[which], null))

        then:
        def notFound = thrown(NotFoundException)
        notFound.message == 'The session was not found'
        sessions.findActive(bobPhone).isPresent()
        audit.events.isEmpty()

        where:
        which << ['bob', 'ended', 'unknown', 'empty']
    }

    def "an unknown, empty or missing session id is not active"() {
        expect:
        !sessions.findActive(id).isPresent()

        where:
        id << ['session-999', '', null]
    }

    def "a request #later after the last use #moves it"() {
        given:
        def usedAt = sessions.stored(annLaptop).lastUsedAt
        clock.advance(later)

        when:
        boolean goesOn = service.useSession(annLaptop)

        then:
        goesOn
        sessions.stored(annLaptop).lastUsedAt == (moved ? clock.instant() : usedAt)
        sessions.lastUseWrites == (moved ? 1 : 0)

        where:
        later                   || moved
        Duration.ofSeconds(10)  || false
        Duration.ofMinutes(1)   || false
        Duration.ofSeconds(61)  || true
        Duration.ofMinutes(2)   || true
        Duration.ofDays(3)      || true
        moves = moved ? 'moves' : 'does not move'
    }

    def "a busy session's last use is written about once a minute, not on every request"() {
        when: 'a request every ten seconds for five minutes'
        30.times {
            clock.advance(Duration.ofSeconds(10))
            assert service.useSession(annLaptop)
        }

        then: 'at 70, 140, 210 and 280 seconds: each time the last write is over a minute old'
        sessions.lastUseWrites == 4
        sessions.stored(annLaptop).lastUsedAt > clock.instant() - Duration.ofMinutes(1)
    }

    def "a signed-out, unknown, empty or missing session does not go on, and nothing is written: #which"() {
        given:
        service.logOut(new LogOutUseCase.Command(ANN, annLaptop, null))
        clock.advance(Duration.ofHours(1))
        def ids = [ended: annLaptop, unknown: 'session-999', empty: '', missing: null]

        expect:
        !service.useSession(ids[which])
        sessions.lastUseWrites == 0

        where:
        which << ['ended', 'unknown', 'empty', 'missing']
    }

    def "an account is signed out everywhere at once, for an admin"() {
        when:
        int ended = service.endAllSessions(new EndAllSessionsUseCase.Command(ANN, BOB, '10.9.9.9', 'blocked'))

        then:
        ended == 2
        !sessions.findActive(annPhone).isPresent()
        !sessions.findActive(annLaptop).isPresent()
        sessions.findActive(bobPhone).isPresent()
        with(audit.only()) {
            type() == AuditEventType.SESSION_REVOKED
            actorId() == BOB
            subjectId() == ANN
            details() == '2 session(s) signed out: blocked'
        }
    }

    def "signing out everywhere an account with no session writes nothing"() {
        expect:
        service.endAllSessions(new EndAllSessionsUseCase.Command(UserId.of(3), null, null, null)) == 0
        audit.events.isEmpty()
    }

    private String open(UserId user, String agent, String ip) {
        sessions.open(user, "hash-${agent}-${user.value()}", agent, ip, clock.instant(), 3).id()
    }
}

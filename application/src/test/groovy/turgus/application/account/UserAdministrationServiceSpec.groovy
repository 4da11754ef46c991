package turgus.application.account

import spock.lang.Specification
import turgus.application.account.port.in.AdminActor
import turgus.application.account.port.in.BulkUserActionUseCase.BulkCommand
import turgus.application.account.port.in.UserAdministrationRefusal
import turgus.application.account.port.in.UserSearch
import turgus.application.account.port.out.AccountBlocks
import turgus.application.account.port.out.LoginAttemptsRepository
import turgus.application.account.port.out.ManagedAccount
import turgus.application.account.port.out.ProfilePictureStore
import turgus.application.account.port.out.SessionRepository
import turgus.application.account.port.out.UserAdministrationRepository
import turgus.application.audit.port.out.AuditEventType
import turgus.application.ledger.port.out.WalletRepository
import turgus.application.order.port.out.OrderRepository
import turgus.application.shared.NotFoundException
import turgus.application.shared.PageRequest
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.MutableClock
import turgus.application.testing.RecordingMailer
import turgus.domain.account.AccountStatus
import turgus.domain.account.Block
import turgus.domain.account.BlockCategory
import turgus.domain.account.Role
import turgus.domain.account.UserId
import turgus.domain.account.lockout.LoginAttempts
import turgus.domain.shared.InvalidValueException
import turgus.domain.shared.RefusalReason

import java.time.Duration

class UserAdministrationServiceSpec extends Specification {
    static final UserId ADMIN = UserId.of(1)
    static final UserId USER = UserId.of(2)
    static final AdminActor ACTOR = new AdminActor(ADMIN, '203.0.113.9')

    def users = Mock(UserAdministrationRepository)
    def blocks = Mock(AccountBlocks)
    def sessions = Mock(SessionRepository)
    def attempts = Mock(LoginAttemptsRepository)
    def pictures = Mock(ProfilePictureStore)
    def mailer = new RecordingMailer()
    def audit = new InMemoryAuditLog()
    def clock = new MutableClock()
    def service = new UserAdministrationService(users, blocks, sessions, attempts, Stub(OrderRepository),
            Stub(WalletRepository), pictures, mailer, new DirectTransactions(), audit, AccountSettings.DEFAULTS, clock)

    static ManagedAccount account(UserId id, Set<Role> roles = [Role.CUSTOMER], AccountStatus status = AccountStatus.ACTIVE,
                                  String picture = null) {
        new ManagedAccount(id, 'Ann', 'ann@example.com', roles, status, null, picture)
    }

    def "a block locks the admins, then the account, blocks it, ends its sessions and records who did it"() {
        when:
        service.block(ACTOR, USER, null, 'spam links', BlockCategory.SPAM)

        then:
        1 * users.lockAdmins(USER) >> 1

        then:
        1 * users.lockForChange(USER) >> Optional.of(account(USER))
        1 * users.block(USER, new Block(null, 'spam links', BlockCategory.SPAM))
        1 * sessions.revokeAll(USER, Optional.empty(), clock.now) >> ['s1', 's2']
        _ * users.find(USER, _) >> Optional.empty()

        and:
        thrown(NotFoundException)
        with(audit.only()) {
            type() == AuditEventType.USER_BLOCKED
            actorId() == ADMIN
            subjectId() == USER
            ip() == '203.0.113.9'
            details() == 'until=forever category=SPAM sessionsEnded=2 reason=spam links'
        }
    }

    def "a refused change writes nothing: #reason"() {
        given:
        users.lockAdmins(_) >> others
        users.lockForChange(target) >> Optional.of(account(target, [Role.ADMIN] as Set))

        when:
        service.deactivate(ACTOR, target)

        then:
        UserAdministrationRefusal refused = thrown()
        refused.reason() == reason
        0 * users.deactivate(*_)
        0 * sessions.revokeAll(*_)
        audit.events.isEmpty()

        where:
        target | others || reason
        ADMIN  | 3      || RefusalReason.CANNOT_CHANGE_OWN_ACCOUNT
        USER   | 0      || RefusalReason.LAST_ADMIN
    }

    def "an unknown account is not found, and nothing is written"() {
        given:
        users.lockForChange(USER) >> Optional.empty()

        when:
        service.unlock(ACTOR, USER)

        then:
        thrown(NotFoundException)
        0 * attempts.clear(_)
        audit.events.isEmpty()
    }

    def "unlocking clears the lockout and says until when it would have lasted"() {
        given:
        users.lockForChange(USER) >> Optional.of(account(USER))
        attempts.find(_) >> new LoginAttempts(3, clock.now + Duration.ofMinutes(5))
        users.find(USER, _) >> Optional.empty()

        when:
        service.unlock(ACTOR, USER)

        then:
        thrown(NotFoundException)
        1 * attempts.clear({ it.userId() == USER })
        audit.only().details() == "lockedUntil=${clock.now + Duration.ofMinutes(5)}"
    }

    def "roles are named once each, and known: #roles"() {
        when:
        service.changeRoles(ACTOR, USER, roles)

        then:
        InvalidValueException invalid = thrown()
        invalid.errors()*.field().every { it == 'roles' }
        0 * users._

        where:
        roles << [[], null, ['ADMIN', 'ADMIN'], ['root'], ['admin'], [null]]
    }

    def "a bulk action goes account by account: unknown and refused ids fail, the others succeed"() {
        given:
        users.lockAdmins(_) >> 1
        users.lockForChange(USER) >> Optional.of(account(USER, [Role.CUSTOMER] as Set, AccountStatus.ACTIVE, 'ann.png'))
        users.lockForChange(ADMIN) >> Optional.of(account(ADMIN, [Role.ADMIN] as Set))
        users.lockForChange(UserId.of(9)) >> Optional.empty()
        sessions.revokeAll(*_) >> []

        when:
        def outcome = service.apply(ACTOR, BulkCommand.of('delete', [9L, 2L, 1L, 0L], null, null, null))

        then:
        outcome.succeeded() == [2L]
        outcome.failed()*.id() == [9L, 1L, 0L]
        outcome.failed()*.refusal()*.reason() == [RefusalReason.NOT_FOUND, RefusalReason.CANNOT_CHANGE_OWN_ACCOUNT, RefusalReason.NOT_FOUND]
        1 * users.anonymise(USER, clock.now)
        1 * pictures.delete('ann.png')
        audit.types() == [AuditEventType.USER_DELETED]
    }

    def "a bulk test mail goes through the mail queue with its event"() {
        given:
        users.lockForChange(USER) >> Optional.of(account(USER))

        when:
        def outcome = service.apply(ACTOR, BulkCommand.of('send-test-email', [2L], null, null, null))

        then:
        outcome.succeeded() == [2L]
        mailer.sent*.to() == ['ann@example.com']
        mailer.sent[0].textBody().contains('test mail')
        audit.only().type() == AuditEventType.TEST_MAIL_SENT
    }

    def "a bulk block checks its block once, before touching any account"() {
        when:
        service.apply(ACTOR, BulkCommand.of('block', [2L], clock.now - Duration.ofDays(1), 'late', null))

        then:
        InvalidValueException invalid = thrown()
        invalid.errors()*.field() == ['until']
        0 * users._
    }

    def "a bulk command names its bad fields: #action #ids"() {
        when:
        BulkCommand.of(action, ids, null, reason, null)

        then:
        InvalidValueException invalid = thrown()
        invalid.errors()*.field() == fields

        where:
        action    | ids                  | reason || fields
        null      | [1L]                 | null   || ['action']
        'explode' | [1L]                 | null   || ['action']
        'unblock' | null                 | null   || ['ids']
        'unblock' | []                   | null   || ['ids']
        'unblock' | [1L, 1L]             | null   || ['ids']
        'unblock' | [null]               | null   || ['ids']
        'unblock' | (1L..501L).toList()  | null   || ['ids']
        'block'   | [1L]                 | ' '    || ['reason']
    }

    def "the purge deletes each inactive account on its own; inactiveDays is #days"() {
        when:
        service.purgeInactive(ACTOR, days)

        then:
        InvalidValueException invalid = thrown()
        invalid.errors()*.field() == ['inactiveDays']

        where:
        days << [0, -1, 3651]
    }

    def "the purge counts and deletes what the repository finds, skipping what changed meanwhile"() {
        given:
        users.findInactive(clock.now - Duration.ofDays(30)) >> [USER, UserId.of(3)]
        users.lockForChange(USER) >> Optional.of(account(USER))
        users.lockForChange(UserId.of(3)) >> Optional.empty()
        users.countInactive(clock.now - Duration.ofDays(30)) >> 2
        sessions.revokeAll(*_) >> []

        expect:
        service.countInactive(30) == 2
        service.purgeInactive(ACTOR, 30) == 1
        audit.only().details().startsWith('by=purge inactiveDays=30')
    }

    def "ended blocks are lifted one by one, each with its event, unless someone else lifted it first"() {
        given:
        blocks.findEnded(clock.now, _) >> [USER, UserId.of(3)]
        blocks.liftEnded(USER, clock.now) >> true
        blocks.liftEnded(UserId.of(3), clock.now) >> false

        expect:
        service.liftEndedBlocks() == 1
        with(audit.only()) {
            type() == AuditEventType.BLOCK_EXPIRED
            subjectId() == USER
            actorId() == null
            details() == 'by=job'
        }
    }

    def "a whole phone number typed as dialled at home is searched as stored"() {
        when:
        service.browse(UserSearch.of(typed, null, null, null), new PageRequest(0, 20))

        then:
        1 * users.search({ it.phoneDigits().orElse(null) == digits }, clock.now, _)

        where:
        typed               || digits
        '8 (912) 345-67-89' || '79123456789'
        '912 345'           || '912345'
        'ann'               || null
    }
}

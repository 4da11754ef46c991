package turgus.application.account

import turgus.domain.shared.FieldRule
import turgus.application.shared.ShopAddress
import spock.lang.Specification
import turgus.application.account.port.in.ChangePasswordCommand
import turgus.application.audit.port.out.AuditEventType
import turgus.application.shared.NotFoundException
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemorySessionRepository
import turgus.application.testing.MutableClock
import turgus.application.testing.PlainPasswordHasher
import turgus.application.testing.RecordingMailer
import turgus.domain.account.Account
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.UserId
import turgus.domain.account.password.PasswordPolicy
import turgus.domain.account.password.PasswordSettings
import turgus.domain.shared.FieldError
import turgus.domain.shared.InvalidValueException

class ChangePasswordServiceSpec extends Specification {
    static final String OLD = 'Old-pass1!'
    static final String NEW = 'New-pass2!'

    def accounts = new InMemoryAccountRepository()
    def sessions = new InMemorySessionRepository()
    def hasher = new PlainPasswordHasher()
    def policy = PasswordPolicy.of(PasswordSettings.DEFAULTS, { it.equalsIgnoreCase('Password1!') })
    def transactions = new DirectTransactions()
    def audit = new InMemoryAuditLog()
    def clock = new MutableClock()
    def mailer = new RecordingMailer()
    def notices = new AccountNotices(mailer, { 'https://shop.example.com' } as ShopAddress)
    def service = new ChangePasswordService(accounts, sessions, hasher, policy, notices, transactions, audit, clock)
    Account ann
    String phone
    String laptop
    String tablet

    def setup() {
        ann = accounts.add(Account.open(new FullName('Ann'), Email.of('ann@example.com'),
                new PhoneNumber('+79001234567'), hasher.hash(OLD), EnumSet.of(Role.CUSTOMER), clock.instant()))
        (phone, laptop, tablet) = ['phone', 'laptop', 'tablet'].collect {
            sessions.open(ann.id(), "hash-${it}", it, null, clock.instant(), 3).id()
        }
    }

    def "the new password replaces the old one; the other sessions end, the asking one stays"() {
        when:
        service.changePassword(new ChangePasswordCommand(ann.id(), laptop, OLD, NEW, NEW, '10.0.0.1'))

        then:
        hasher.matches(NEW, accounts.findById(ann.id()).get().passwordHash())
        sessions.isActive(laptop)
        !sessions.isActive(phone)
        !sessions.isActive(tablet)
        transactions.started == 1
        with(audit.only()) {
            type() == AuditEventType.PASSWORD_CHANGED
            subjectId() == ann.id()
            ip() == '10.0.0.1'
            details() == '2 other session(s) signed out; notice mailed to ann@example.com'
        }
    }

    def "the account's address is told that the password was changed, and where to reset it"() {
        when:
        service.changePassword(new ChangePasswordCommand(ann.id(), laptop, OLD, NEW, NEW, '10.0.0.1'))

        then:
        with(mailer.only()) {
            to() == 'ann@example.com'
            subject() == 'Your Turgus password was changed'
            textBody() == '''Hello Ann,

Your password was changed on 2026-11-21 at 12:00 UTC, and every other device signed in to your account was signed out.

If this wasn't you, reset your password at https://shop.example.com/password/forgot and contact us.
'''
            !textBody().contains(NEW)
        }
    }

    def "a notice that cannot be mailed does not undo the change, and the event log says so"() {
        given:
        mailer.failure = new IllegalStateException('The mail server is down')

        when:
        service.changePassword(new ChangePasswordCommand(ann.id(), laptop, OLD, NEW, NEW, null))

        then:
        hasher.matches(NEW, accounts.findById(ann.id()).get().passwordHash())
        audit.only().details() ==
                '2 other session(s) signed out; the notice to ann@example.com could not be mailed: The mail server is down'
    }

    def "every mistake in the form is reported at once: #what"() {
        when:
        service.changePassword(new ChangePasswordCommand(ann.id(), laptop, old, newPassword, confirmation, null))

        then:
        def invalid = thrown(InvalidValueException)
        invalid.errors().collect { [it.field(), it.describe()] } == errors
        hasher.matches(OLD, accounts.findById(ann.id()).get().passwordHash())
        sessions.isActive(phone)
        audit.events.isEmpty()
        mailer.sent.isEmpty()

        where:
        what                            | old         | newPassword   | confirmation  || errors
        'a wrong old password'          | 'Wrong-1!'  | NEW           | NEW           || [['oldPassword', 'PASSWORD_MISMATCH']]
        'no old password'               | null        | NEW           | NEW           || [['oldPassword', 'REQUIRED']]
        'a differing confirmation'      | OLD         | NEW           | 'New-pass3!'  || [['newPasswordConfirmation', 'PASSWORD_CONFIRMATION_MISMATCH']]
        'the same password again'       | OLD         | OLD           | OLD           || [['newPassword', 'PASSWORD_UNCHANGED']]
        'a weak password, all wrong'    | 'Wrong-1!'  | 'short'       | 'other'       || [['oldPassword', 'PASSWORD_MISMATCH'],
                                                                                         ['newPassword', 'PASSWORD_RULE id=min-length, min=8'],
                                                                                         ['newPassword', 'PASSWORD_RULE id=upper-case'],
                                                                                         ['newPassword', 'PASSWORD_RULE id=special-character, characters=$%&!:'],
                                                                                         ['newPasswordConfirmation', 'PASSWORD_CONFIRMATION_MISMATCH']]
        'a common password'             | OLD         | 'PASSWORD1!'  | 'PASSWORD1!'  || [['newPassword', 'PASSWORD_RULE id=not-common']]
        'nothing new'                   | OLD         | ''            | null          || [['newPassword', 'REQUIRED'], ['newPasswordConfirmation', 'REQUIRED']]
    }

    def "a password change for an account that no longer exists is not found"() {
        when:
        service.changePassword(new ChangePasswordCommand(UserId.of(99), laptop, OLD, NEW, NEW, null))

        then:
        thrown(NotFoundException)
    }

    def "a change without a current session signs out every session"() {
        when:
        service.changePassword(new ChangePasswordCommand(ann.id(), null, OLD, NEW, NEW, null))

        then:
        sessions.listActive(ann.id()).isEmpty()
    }

    def "the command never prints a password"() {
        expect:
        !new ChangePasswordCommand(UserId.of(1), 's', OLD, NEW, NEW, null).toString().contains('-pass')
    }
}

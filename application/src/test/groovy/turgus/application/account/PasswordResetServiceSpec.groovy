package turgus.application.account

import turgus.domain.shared.FieldRule
import turgus.application.shared.ShopAddress
import static turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose.PASSWORD_RESET

import java.time.Duration
import spock.lang.Specification
import turgus.application.account.port.in.RequestPasswordResetCommand
import turgus.application.account.port.in.ResetPasswordCommand
import turgus.application.account.port.out.LoginKey
import turgus.application.audit.port.out.AuditEventType
import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.Mailer
import turgus.application.security.TokenHash
import turgus.application.security.port.out.RandomSecrets
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemoryLoginAttempts
import turgus.application.testing.InMemorySingleUseTokens
import turgus.application.testing.InMemorySessionRepository
import turgus.application.testing.MutableClock
import turgus.application.testing.PlainPasswordHasher
import turgus.application.testing.RecordingMailer
import turgus.domain.account.Account
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.password.PasswordPolicy
import turgus.domain.account.password.PasswordSettings
import turgus.domain.shared.FieldError
import turgus.domain.shared.InvalidValueException

class PasswordResetServiceSpec extends Specification {
    static final String NEW = 'New-pass2!'

    def accounts = new InMemoryAccountRepository()
    def tokens = new InMemorySingleUseTokens()
    def resets = tokens.of(PASSWORD_RESET)
    def sessions = new InMemorySessionRepository()
    def attempts = new InMemoryLoginAttempts()
    def hasher = new PlainPasswordHasher()
    def policy = PasswordPolicy.of(PasswordSettings.DEFAULTS, { false })
    int drawn
    def random = Stub(RandomSecrets) { token(32) >> { "reset-token-${++drawn}".toString() } }
    def mailer = new RecordingMailer()
    def transactions = new DirectTransactions()
    def audit = new InMemoryAuditLog()
    def clock = new MutableClock()
    def notices = new AccountNotices(mailer, { 'https://shop.example.com/' } as ShopAddress)
    def service = new PasswordResetService(accounts, tokens, sessions, attempts, hasher, policy, random, mailer,
            notices, transactions, audit, AccountSettings.DEFAULTS, { 'https://shop.example.com/' } as ShopAddress, clock)
    Account ann

    def setup() {
        ann = accounts.add(Account.open(new FullName('Ann Lee'), Email.of('ann@example.com'),
                new PhoneNumber('+79001234567'), hasher.hash('Old-pass1!'), EnumSet.of(Role.CUSTOMER), clock.instant()))
    }

    def "a known email gets a link valid 15 minutes; only the token's hash is kept"() {
        when:
        service.requestReset(RequestPasswordResetCommand.of(' ANN@example.com ', '10.0.0.1'))

        then:
        with(mailer.only()) {
            to() == 'ann@example.com'
            subject() == 'Reset your Turgus password'
            textBody().contains('https://shop.example.com/password/reset?token=reset-token-1\n')
            textBody().contains('within 15 minutes')
            textBody().startsWith('Hello Ann Lee,')
        }
        resets.tokens.keySet() == [TokenHash.of('reset-token-1')] as Set
        resets.tokens.values()[0].expiresAt() == clock.instant() + Duration.ofMinutes(15)
        !resets.tokens.toString().contains('reset-token-1')
        with(audit.only()) {
            type() == AuditEventType.PASSWORD_RESET_REQUESTED
            subjectId() == ann.id()
        }
    }

    def "the link's mail is queued in the unit of work that stores the link"() {
        given:
        List<Integer> openAtSend = []
        def watching = { MailMessage mail -> openAtSend << transactions.open } as Mailer
        def watched = new PasswordResetService(accounts, tokens, sessions, attempts, hasher, policy, random, watching,
                notices, transactions, audit, AccountSettings.DEFAULTS, { 'https://shop.example.com/' } as ShopAddress, clock)

        when:
        watched.requestReset(RequestPasswordResetCommand.of('ann@example.com', '10.0.0.1'))

        then:
        openAtSend == [1]
    }

    def "an unknown email gets the same outcome after the same token work, and nothing is stored or sent"() {
        when:
        service.requestReset(RequestPasswordResetCommand.of('nobody@example.com', '10.0.0.1'))

        then:
        notThrown(Exception)
        drawn == 1
        mailer.sent.isEmpty()
        resets.tokens.isEmpty()
        with(audit.only()) {
            type() == AuditEventType.PASSWORD_RESET_REQUESTED
            subjectId() == null
        }
    }

    def "a malformed email is refused as a field error"() {
        when:
        RequestPasswordResetCommand.of(email, null)

        then:
        def invalid = thrown(InvalidValueException)
        invalid.field() == 'email'

        where:
        email << [null, '', 'not-an-email']
    }

    def "forgot-password works while the account is locked, and the reset clears the lock"() {
        given:
        attempts.lock(LoginKey.of(ann.id()), 5, clock.instant() + Duration.ofHours(24))

        when:
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))
        service.resetPassword(new ResetPasswordCommand('reset-token-1', NEW, NEW, '10.0.0.2'))

        then:
        attempts.find(LoginKey.of(ann.id())).consecutiveFailures() == 0
        !attempts.find(LoginKey.of(ann.id())).isLockedAt(clock.instant())
    }

    def "a reset sets the password, uses the link, ends every session and signs nobody in"() {
        given:
        def sessionIds = (1..2).collect { sessions.open(ann.id(), "hash-${it}", null, null, clock.instant(), 3).id() }
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))
        clock.advance(Duration.ofMinutes(14))
        audit.events.clear()

        when:
        def answer = service.resetPassword(new ResetPasswordCommand(' reset-token-1 ', NEW, NEW, '10.0.0.2'))

        then:
        answer == null
        hasher.matches(NEW, accounts.findById(ann.id()).get().passwordHash())
        sessionIds.every { !sessions.isActive(it) }
        sessions.listActive(ann.id()).isEmpty()
        with(audit.only()) {
            type() == AuditEventType.PASSWORD_RESET
            subjectId() == ann.id()
            details() == 'lockout cleared, 2 session(s) signed out; notice mailed to ann@example.com'
        }

        when: 'the same link again'
        service.resetPassword(new ResetPasswordCommand('reset-token-1', 'Other-pass3!', 'Other-pass3!', null))

        then:
        def used = thrown(InvalidValueException)
        used.field() == 'token'
        hasher.matches(NEW, accounts.findById(ann.id()).get().passwordHash())
    }

    def "after a reset the account's address is told that the password was changed"() {
        given:
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))
        clock.advance(Duration.ofMinutes(3))

        when:
        service.resetPassword(new ResetPasswordCommand('reset-token-1', NEW, NEW, '10.0.0.2'))

        then:
        mailer.sent*.subject() == ['Reset your Turgus password', 'Your Turgus password was changed']
        with(mailer.sent[1]) {
            to() == 'ann@example.com'
            textBody() == '''Hello Ann Lee,

Your password was changed on 2026-11-21 at 12:03 UTC with a reset link mailed to this address, and every device signed in to your account was signed out.

If this wasn't you, reset your password at https://shop.example.com/password/forgot and contact us.
'''
        }
    }

    def "a notice that cannot be mailed does not undo the reset, and the event log says so"() {
        given:
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))
        mailer.failure = new IllegalStateException('The mail server is down')

        when:
        service.resetPassword(new ResetPasswordCommand('reset-token-1', NEW, NEW, null))

        then:
        hasher.matches(NEW, accounts.findById(ann.id()).get().passwordHash())
        audit.ofType(AuditEventType.PASSWORD_RESET)*.details() ==
                ['lockout cleared, 0 session(s) signed out; the notice to ann@example.com could not be mailed: The mail server is down']
    }

    def "a link stops working after 15 minutes"() {
        given:
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))
        clock.advance(Duration.ofMinutes(15))

        when:
        service.resetPassword(new ResetPasswordCommand('reset-token-1', NEW, NEW, null))

        then:
        def expired = thrown(InvalidValueException)
        expired.errors() == [FieldError.of('token', FieldRule.RESET_LINK_INVALID)]
    }

    def "a newer link replaces the older one"() {
        given:
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))

        when:
        service.resetPassword(new ResetPasswordCommand('reset-token-1', NEW, NEW, null))

        then:
        thrown(InvalidValueException)

        when:
        service.resetPassword(new ResetPasswordCommand('reset-token-2', NEW, NEW, null))

        then:
        hasher.matches(NEW, accounts.findById(ann.id()).get().passwordHash())
    }

    def "every mistake in the reset form is reported at once, and no link is used up by it"() {
        given:
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))

        when:
        service.resetPassword(new ResetPasswordCommand(token, password, confirmation, null))

        then:
        def invalid = thrown(InvalidValueException)
        invalid.errors()*.field() == fields
        resets.findUsable(TokenHash.of('reset-token-1'), clock.instant()).isPresent()
        mailer.sent*.subject() == ['Reset your Turgus password']

        where:
        token           | password  | confirmation || fields
        ''              | NEW       | NEW          || ['token']
        'unknown-token' | NEW       | NEW          || ['token']
        'reset-token-1' | 'weak'    | 'weak'       || ['newPassword', 'newPassword', 'newPassword']
        'reset-token-1' | NEW       | 'New-pass3!' || ['newPasswordConfirmation']
        null            | null      | null         || ['token', 'newPassword', 'newPasswordConfirmation']
    }

    def "links past their time are purged, used or not"() {
        given:
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))
        clock.advance(Duration.ofMinutes(10))
        service.requestReset(RequestPasswordResetCommand.of('ann@example.com', null))
        clock.advance(Duration.ofMinutes(5))

        expect:
        service.purgeExpiredResets() == 1
        resets.tokens.keySet() == [TokenHash.of('reset-token-2')] as Set
    }

    def "the reset command never prints the token or a password"() {
        expect:
        !new ResetPasswordCommand('secret-token', NEW, NEW, null).toString().contains('secret')
        !new ResetPasswordCommand('t', NEW, NEW, null).toString().contains('-pass')
    }

    def "a shop without a public URL cannot mail links"() {
        given:
        def nowhere = new PasswordResetService(accounts, tokens, sessions, attempts, hasher, policy, random, mailer,
                notices, transactions, audit, AccountSettings.DEFAULTS, { ' / ' } as ShopAddress, clock)

        when:
        nowhere.requestReset(RequestPasswordResetCommand.of('ann@example.com', '10.0.0.1'))

        then:
        thrown(IllegalArgumentException)
        mailer.sent.isEmpty()
    }
}

package turgus.application.account

import turgus.domain.shared.FieldRule
import turgus.application.shared.ShopAddress
import static turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose.EMAIL_REVERT
import static turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose.PASSWORD_RESET

import java.time.Duration
import spock.lang.Specification
import turgus.application.account.port.in.RequestPasswordResetCommand
import turgus.application.account.port.in.ResetPasswordCommand
import turgus.application.account.port.in.RevertEmailChangeCommand
import turgus.application.account.port.in.UpdateProfileCommand
import turgus.application.account.port.out.LoginKey
import turgus.application.audit.port.out.AuditEventType
import turgus.application.security.TokenHash
import turgus.application.security.port.out.RandomSecrets
import turgus.application.shared.DuplicateValueException
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
import turgus.domain.account.UserId
import turgus.domain.account.password.PasswordPolicy
import turgus.domain.account.password.PasswordSettings
import turgus.domain.shared.FieldError
import turgus.domain.shared.InvalidValueException

/**
 * An intruder with Ann's session changes her email; the notice to her previous address carries a
 * link that undoes it.
 */
class EmailRevertServiceSpec extends Specification {
    static final String NEW = 'New-pass2!'

    def accounts = new InMemoryAccountRepository()
    def tokens = new InMemorySingleUseTokens()
    def reverts = tokens.of(EMAIL_REVERT)
    def resets = tokens.of(PASSWORD_RESET)
    def sessions = new InMemorySessionRepository()
    def attempts = new InMemoryLoginAttempts()
    def hasher = new PlainPasswordHasher()
    def mailer = new RecordingMailer()
    def transactions = new DirectTransactions()
    def audit = new InMemoryAuditLog()
    def clock = new MutableClock()
    int drawn
    def random = Stub(RandomSecrets) { token(32) >> { "token-${++drawn}".toString() } }
    def notices = new AccountNotices(mailer, { 'https://shop.example.com/' } as ShopAddress)
    def profiles = new ProfileService(accounts, tokens, random, notices, transactions, audit, AccountSettings.DEFAULTS, clock)
    def passwordResets = new PasswordResetService(accounts, tokens, sessions, attempts, hasher,
            PasswordPolicy.of(PasswordSettings.DEFAULTS, { false }), random, mailer, notices, transactions, audit,
            AccountSettings.DEFAULTS, { 'https://shop.example.com/' } as ShopAddress, clock)
    def service = new EmailRevertService(accounts, tokens, sessions, attempts, transactions, audit, clock)
    Account ann

    def setup() {
        ann = accounts.add(Account.open(new FullName('Ann Lee'), Email.of('ann@example.com'),
                new PhoneNumber('+79001234567'), hasher.hash('Old-pass1!'), EnumSet.of(Role.CUSTOMER), clock.instant()))
    }

    /** The intruder moves Ann's email to their own address; answers the token mailed to Ann. */
    String intruderChangesEmail(String to = 'intruder@evil.test') {
        profiles.updateProfile(new UpdateProfileCommand(ann.id(), null, to, null, '203.0.113.9'))
        String text = mailer.sent.last().textBody()
        (text =~ /\/account\/email\/revert\?token=(\S+)/)[0][1]
    }

    Email emailOfAnn() {
        accounts.findById(ann.id()).get().email()
    }

    def "the undo link brings the previous email back, ends every session and clears the lockout"() {
        given:
        def sessionIds = (1..2).collect { sessions.open(ann.id(), "hash-${it}", null, null, clock.instant(), 3).id() }
        String token = intruderChangesEmail()
        attempts.lock(LoginKey.of(ann.id()), 3, clock.instant() + Duration.ofHours(1))
        clock.advance(Duration.ofDays(2))
        audit.events.clear()

        when:
        def answer = service.revertEmailChange(new RevertEmailChangeCommand(" ${token} ", '10.0.0.7'))

        then:
        answer == null
        emailOfAnn().value() == 'ann@example.com'
        accounts.findByEmail(Email.of('intruder@evil.test')).isEmpty()
        sessionIds.every { !sessions.isActive(it) }
        sessions.listActive(ann.id()).isEmpty()
        !attempts.find(LoginKey.of(ann.id())).isLockedAt(clock.instant())
        attempts.find(LoginKey.of(ann.id())).consecutiveFailures() == 0
        with(audit.only()) {
            type() == AuditEventType.EMAIL_CHANGE_REVERTED
            actorId() == null
            subjectId() == ann.id()
            ip() == '10.0.0.7'
            details() == 'from intruder@evil.test back to ann@example.com; 2 session(s) signed out, reset and undo' +
                    ' links cancelled, lockout cleared'
        }
        transactions.started == 2
    }

    def "a reset link the intruder asked for before the undo no longer works"() {
        given:
        String token = intruderChangesEmail()
        passwordResets.requestReset(RequestPasswordResetCommand.of('intruder@evil.test', null))
        String resetToken = (mailer.to('intruder@evil.test').last().textBody() =~ /token=(\S+)/)[0][1]
        String passwordBefore = accounts.findById(ann.id()).get().passwordHash()

        when:
        service.revertEmailChange(new RevertEmailChangeCommand(token, null))
        passwordResets.resetPassword(new ResetPasswordCommand(resetToken, NEW, NEW, null))

        then:
        def refused = thrown(InvalidValueException)
        refused.field() == 'token'
        accounts.findById(ann.id()).get().passwordHash() == passwordBefore
    }

    def "the undo link works once, and the other undo links of the account stop working with it"() {
        given:
        String first = intruderChangesEmail('intruder@evil.test')
        String second = intruderChangesEmail('another@evil.test')

        when: 'the link of the first change restores the email before it'
        service.revertEmailChange(new RevertEmailChangeCommand(first, null))

        then:
        emailOfAnn().value() == 'ann@example.com'

        when:
        service.revertEmailChange(new RevertEmailChangeCommand(token == 'first' ? first : second, null))

        then:
        def refused = thrown(InvalidValueException)
        refused.errors() == [FieldError.of('token', FieldRule.UNDO_LINK_INVALID)]
        refused.isWholeStory()
        emailOfAnn().value() == 'ann@example.com'

        where:
        token << ['first', 'second']
    }

    def "a later change has its own link, which undoes only that change"() {
        given:
        intruderChangesEmail('intruder@evil.test')
        String second = intruderChangesEmail('another@evil.test')

        when:
        service.revertEmailChange(new RevertEmailChangeCommand(second, null))

        then:
        emailOfAnn().value() == 'intruder@evil.test'
    }

    def "the link is refused when it is #why, and nothing changes"() {
        given:
        def sessionId = sessions.open(ann.id(), 'hash-1', null, null, clock.instant(), 3).id()
        String token = intruderChangesEmail()
        clock.advance(after)
        audit.events.clear()

        when:
        service.revertEmailChange(new RevertEmailChangeCommand(sent(token), null))

        then:
        def refused = thrown(InvalidValueException)
        refused.errors() == [FieldError.of('token', FieldRule.UNDO_LINK_INVALID)]
        emailOfAnn().value() == 'intruder@evil.test'
        sessions.isActive(sessionId)
        audit.events.isEmpty()

        where:
        why                      | after                              | sent
        'missing'                | Duration.ZERO                      | { null }
        'blank'                  | Duration.ZERO                      | { '   ' }
        'unknown'                | Duration.ZERO                      | { 'no-such-token' }
        'malformed'              | Duration.ZERO                      | { "${it}\u0000<script>" }
        'expired after 7 days'   | Duration.ofDays(7)                 | { it }
        'a moment past 7 days'   | Duration.ofDays(7).plusSeconds(1)  | { it }
    }

    def "the link still works a moment before 7 days are over"() {
        given:
        String token = intruderChangesEmail()
        clock.advance(Duration.ofDays(7).minusSeconds(1))

        when:
        service.revertEmailChange(new RevertEmailChangeCommand(token, null))

        then:
        emailOfAnn().value() == 'ann@example.com'
    }

    def "when another account took the previous email meanwhile, it is a conflict on email and the link stays usable"() {
        given:
        def sessionId = sessions.open(ann.id(), 'hash-1', null, null, clock.instant(), 3).id()
        String token = intruderChangesEmail()
        accounts.add(Account.open(new FullName('Bob'), Email.of('ann@example.com'), new PhoneNumber('+79007654321'),
                'hashed:y', EnumSet.of(Role.CUSTOMER), clock.instant()))
        audit.events.clear()

        when:
        service.revertEmailChange(new RevertEmailChangeCommand(token, null))

        then:
        def conflict = thrown(DuplicateValueException)
        conflict.field() == 'email'
        conflict.message == EmailRevertService.PREVIOUS_EMAIL_TAKEN
        emailOfAnn().value() == 'intruder@evil.test'
        sessions.isActive(sessionId)
        reverts.findUsable(TokenHash.of(token), clock.instant()).isPresent()
        audit.events.isEmpty()
    }

    def "when the previous email is taken between the check and the change, the store's refusal is the same conflict"() {
        given:
        String token = intruderChangesEmail()
        def racing = new EmailTakenOnUpdate()
        racing.accounts.putAll(accounts.accounts)
        def racingService = new EmailRevertService(racing, tokens, sessions, attempts, transactions, audit, clock)

        when:
        racingService.revertEmailChange(new RevertEmailChangeCommand(token, null))

        then:
        def conflict = thrown(DuplicateValueException)
        conflict.field() == 'email'
        conflict.message == EmailRevertService.PREVIOUS_EMAIL_TAKEN
    }

    /** Accounts whose store refuses the email as taken, as a unique constraint does after a race. */
    static class EmailTakenOnUpdate extends InMemoryAccountRepository {
        @Override
        Optional<Account> updateProfile(UserId id, FullName fullName, Email email, PhoneNumber phone) {
            throw DuplicateValueException.email()
        }
    }

    def "links past their time are purged, used or not"() {
        given:
        intruderChangesEmail('intruder@evil.test')
        clock.advance(Duration.ofDays(3))
        intruderChangesEmail('another@evil.test')
        clock.advance(Duration.ofDays(4))

        expect:
        service.purgeExpiredEmailReverts() == 1
        reverts.tokens.keySet() == [TokenHash.of('token-2')] as Set
        service.purgeExpiredEmailReverts() == 0
    }

    def "the command never prints the token"() {
        expect:
        !new RevertEmailChangeCommand('secret-token', null).toString().contains('secret')
    }
}

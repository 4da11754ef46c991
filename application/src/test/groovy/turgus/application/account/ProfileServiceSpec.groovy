package turgus.application.account

import turgus.application.shared.ShopAddress
import static turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose.EMAIL_REVERT

import spock.lang.Specification
import turgus.application.account.port.in.UpdateProfileCommand
import turgus.application.audit.port.out.AuditEventType
import turgus.application.security.TokenHash
import turgus.application.security.port.out.RandomSecrets
import turgus.application.shared.DuplicateValueException
import turgus.application.shared.NotFoundException
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemorySingleUseTokens
import turgus.application.testing.MutableClock
import turgus.application.testing.RecordingMailer
import turgus.domain.account.Account
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.UserId
import turgus.domain.shared.InvalidValueException

class ProfileServiceSpec extends Specification {
    def accounts = new InMemoryAccountRepository()
    def audit = new InMemoryAuditLog()
    def clock = new MutableClock()
    def mailer = new RecordingMailer()
    def notices = new AccountNotices(mailer, { 'https://shop.example.com/' } as ShopAddress)
    def tokens = new InMemorySingleUseTokens()
    def reverts = tokens.of(EMAIL_REVERT)
    int drawn
    def random = Stub(RandomSecrets) { token(32) >> { "revert-token-${++drawn}".toString() } }
    def transactions = new DirectTransactions()
    def service = new ProfileService(accounts, tokens, random, notices, transactions, audit, AccountSettings.DEFAULTS, clock)
    Account ann
    Account bob

    def setup() {
        ann = accounts.add(Account.open(new FullName('Ann'), Email.of('ann@example.com'),
                new PhoneNumber('+79001234567'), 'hashed:x', EnumSet.of(Role.CUSTOMER), clock.instant()))
        bob = accounts.add(Account.open(new FullName('Bob'), Email.of('bob@example.com'),
                new PhoneNumber('+79007654321'), 'hashed:y', EnumSet.of(Role.CUSTOMER), clock.instant()))
    }

    def "any of name, email and phone changes, normalised, and the rest stays: #what"() {
        when:
        Account updated = service.updateProfile(new UpdateProfileCommand(ann.id(), name, email, phone, '10.0.0.1'))

        then:
        updated.fullName().value() == expectedName
        updated.email().value() == expectedEmail
        updated.phone().value() == expectedPhone
        updated.passwordHash() == ann.passwordHash()
        updated.roles() == ann.roles()
        accounts.findById(ann.id()).get() == updated
        audit.ofType(AuditEventType.PROFILE_UPDATED)*.details() == ["changed ${changed}".toString()]

        where:
        what            | name        | email              | phone               || expectedName | expectedEmail      | expectedPhone  | changed
        'the name'      | ' Ann Lee ' | null               | null                || 'Ann Lee'    | 'ann@example.com'  | '+79001234567' | 'fullName'
        'the email'     | null        | ' ANN@Shop.LT '    | null                || 'Ann'        | 'ann@shop.lt'      | '+79001234567' | 'email'
        'the phone'     | null        | null               | '+7 (900) 111-2233' || 'Ann'        | 'ann@example.com'  | '+79001112233' | 'phone'
        'all three'     | 'A'         | 'a@example.com'    | '+79001112233'      || 'A'          | 'a@example.com'    | '+79001112233' | 'fullName, email, phone'
    }

    def "a change to what the profile already holds changes nothing, logs nothing and mails nothing"() {
        when:
        Account same = service.updateProfile(new UpdateProfileCommand(ann.id(), 'Ann', 'ANN@example.com', null, null))

        then:
        same == ann
        audit.events.isEmpty()
        mailer.sent.isEmpty()
    }

    def "a new email takes effect at once, and the previous address is told where to reset the password"() {
        when:
        Account updated = service.updateProfile(new UpdateProfileCommand(ann.id(), null, 'Ann.Lee@Shop.LT', null, '10.0.0.1'))

        then:
        updated.email().value() == 'ann.lee@shop.lt'
        accounts.findByEmail(Email.of('ann.lee@shop.lt')).get().id() == ann.id()
        with(mailer.only()) {
            to() == 'ann@example.com'
            subject() == 'The email of your Turgus account was changed'
            textBody() == '''Hello Ann,

The email of your Turgus account was changed from ann@example.com to ann.lee@shop.lt. If this wasn't you, reset your password at https://shop.example.com/password/forgot and contact us.

To undo this change and sign every device out, open: https://shop.example.com/account/email/revert?token=revert-token-1
The link works once, for 7 days.

When: 2026-11-21 at 12:00 UTC.
'''
        }
        audit.types() == [AuditEventType.PROFILE_UPDATED, AuditEventType.EMAIL_CHANGED]
        with(audit.ofType(AuditEventType.EMAIL_CHANGED)[0]) {
            actorId() == ann.id()
            subjectId() == ann.id()
            ip() == '10.0.0.1'
            details() == 'from ann@example.com to ann.lee@shop.lt; notice mailed to ann@example.com'
        }
    }

    def "a change of name or phone alone mails nothing and is no email event"() {
        when:
        service.updateProfile(new UpdateProfileCommand(ann.id(), 'Ann Lee', null, '+79001112233', null))

        then:
        mailer.sent.isEmpty()
        audit.types() == [AuditEventType.PROFILE_UPDATED]
    }

    def "a notice that cannot be mailed does not undo the new email, and the event log says so"() {
        given:
        mailer.failure = new IllegalStateException('The mail server is down')

        when:
        Account updated = service.updateProfile(new UpdateProfileCommand(ann.id(), null, 'ann@shop.lt', null, null))

        then:
        updated.email().value() == 'ann@shop.lt'
        accounts.findById(ann.id()).get().email().value() == 'ann@shop.lt'
        audit.ofType(AuditEventType.EMAIL_CHANGED)*.details() ==
                ['from ann@example.com to ann@shop.lt; the notice to ann@example.com could not be mailed: The mail server is down']
    }

    def "an email change stores an undo link for 7 days with the previous email, only as the token's hash"() {
        when:
        service.updateProfile(new UpdateProfileCommand(ann.id(), null, 'ann@shop.lt', null, null))

        then:
        reverts.tokens.keySet() == [TokenHash.of('revert-token-1')] as Set
        with(reverts.tokens.values()[0]) {
            userId() == ann.id()
            previousEmail().value() == 'ann@example.com'
            createdAt() == clock.instant()
            expiresAt() == clock.instant() + java.time.Duration.ofDays(7)
        }
        !reverts.tokens.toString().contains('revert-token-1')
        transactions.started == 1
    }

    def "each later change adds its own undo link, mailed to the address it left"() {
        when:
        service.updateProfile(new UpdateProfileCommand(ann.id(), null, 'ann@shop.lt', null, null))
        service.updateProfile(new UpdateProfileCommand(ann.id(), null, 'ann@other.lt', null, null))

        then:
        reverts.tokens.values()*.previousEmail()*.value() as Set == ['ann@example.com', 'ann@shop.lt'] as Set
        reverts.findUsable(TokenHash.of('revert-token-1'), clock.instant()).isPresent()
        reverts.findUsable(TokenHash.of('revert-token-2'), clock.instant()).isPresent()
        mailer.sent*.to() == ['ann@example.com', 'ann@shop.lt']
        mailer.sent[1].textBody().contains('/account/email/revert?token=revert-token-2\n')
    }

    def "a change of name or phone alone stores no undo link"() {
        when:
        service.updateProfile(new UpdateProfileCommand(ann.id(), 'Ann Lee', null, '+79001112233', null))

        then:
        reverts.tokens.isEmpty()
        drawn == 0
    }

    def "every wrong field is reported at once"() {
        when:
        service.updateProfile(new UpdateProfileCommand(ann.id(), ' ', 'not-an-email', '123', null))

        then:
        def invalid = thrown(InvalidValueException)
        invalid.errors()*.field() == ['fullName', 'email', 'phone']
        accounts.findById(ann.id()).get() == ann
    }

    def "another account's email or phone is a conflict naming the field"() {
        when:
        service.updateProfile(new UpdateProfileCommand(ann.id(), null, email, phone, null))

        then:
        def conflict = thrown(DuplicateValueException)
        conflict.field() == field
        accounts.findById(ann.id()).get() == ann
        audit.events.isEmpty()
        mailer.sent.isEmpty()
        reverts.tokens.isEmpty()

        where:
        email             | phone          || field
        'Bob@Example.com' | null           || 'email'
        null              | '+79007654321' || 'phone'
    }

    def "the profile of an account that no longer exists is not found"() {
        when:
        service.updateProfile(new UpdateProfileCommand(UserId.of(99), 'X', null, null, null))

        then:
        thrown(NotFoundException)
    }
}

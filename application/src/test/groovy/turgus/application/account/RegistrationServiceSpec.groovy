package turgus.application.account

import turgus.domain.shared.FieldRule
import turgus.application.shared.ShopAddress
import java.time.Duration
import spock.lang.Specification
import turgus.application.account.port.in.ConfirmRegistrationCommand
import turgus.application.account.port.in.RegisterCustomerCommand
import turgus.application.account.port.out.ConfirmationCodeSource
import turgus.application.account.port.out.PendingRegistrationRepository
import turgus.application.audit.port.out.AuditEventType
import turgus.application.mail.port.out.MailMessage
import turgus.application.mail.port.out.Mailer
import turgus.application.security.port.out.RandomSecrets
import turgus.application.shared.DuplicateValueException
import turgus.application.testing.DirectTransactions
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.InMemoryAuditLog
import turgus.application.testing.InMemoryPendingRegistrations
import turgus.application.testing.InMemorySecretStore
import turgus.application.testing.MutableClock
import turgus.application.testing.PlainPasswordHasher
import turgus.application.testing.RecordingMailer
import turgus.domain.account.Account
import turgus.domain.account.AccountStatus
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneFormat
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.password.PasswordPolicy
import turgus.domain.account.password.PasswordSettings
import turgus.domain.account.registration.ConfirmationCode
import turgus.domain.account.registration.PendingRegistration
import turgus.domain.shared.FieldError
import turgus.domain.shared.InvalidValueException

class RegistrationServiceSpec extends Specification {
    static final String PASSWORD = 'Secret-pass1!'

    def accounts = new InMemoryAccountRepository()
    def pending = new InMemoryPendingRegistrations()
    def hasher = new PlainPasswordHasher()
    def policy = PasswordPolicy.of(PasswordSettings.DEFAULTS, { it.equalsIgnoreCase('Password1!') })
    List<String> nextCodes = ['123456', '654321', '000042']
    def codes = { -> new ConfirmationCode(nextCodes.remove(0)) } as ConfirmationCodeSource
    def secrets = new InMemorySecretStore()
    def codeHasher = new ConfirmationCodeHasher(secrets, Stub(RandomSecrets) { token(32) >> 'k' * 43 })
    def mailer = new RecordingMailer()
    def transactions = new DirectTransactions()
    def audit = new InMemoryAuditLog()
    def clock = new MutableClock()
    def service = newService(AccountSettings.DEFAULTS)

    def "a registration is kept pending with hashes only, and the code is mailed"() {
        when:
        def started = service.register(form(' Ann Lee ', ' ANN@Example.com ', '+7 (900) 123-45-67'))

        then:
        started.email() == Email.of('ann@example.com')
        started.expiresAt() == clock.instant() + Duration.ofMinutes(15)
        with(pending.find(Email.of('ann@example.com')).get()) {
            fullName() == new FullName('Ann Lee')
            phone() == new PhoneNumber('+79001234567')
            passwordHash() == 'hashed:' + PASSWORD
            codeHash() == codeHasher.hash(Email.of('ann@example.com'), new ConfirmationCode('123456'))
            !codeHash().contains('123456')
            wrongAttempts() == 0
        }
        with(mailer.only()) {
            to() == 'ann@example.com'
            subject() == 'Your Turgus confirmation code'
            textBody().contains('your Turgus confirmation code is 123456.')
            textBody().contains('within 15 minutes')
        }
        accounts.accounts.isEmpty()
    }

    def "the code's mail is queued in the unit of work that keeps the registration, so a failed one mails nothing"() {
        given:
        List<Integer> openAtSend = []
        def watching = { MailMessage mail -> openAtSend << transactions.open } as Mailer
        def watched = new RegistrationService(accounts, pending, hasher, policy, codes, codeHasher, watching,
                transactions, audit, new AccountNotices(mailer, { 'https://shop.example' } as ShopAddress), AccountSettings.DEFAULTS, clock)

        when:
        watched.register(form('Ann Lee', 'ann@example.com', '+79001234567'))

        then:
        openAtSend == [1]
    }

    def "every mistake in the form is reported at once"() {
        when:
        service.register(new RegisterCustomerCommand('', 'not-an-email', '12345', 'short', 'other', null))

        then:
        def invalid = thrown(InvalidValueException)
        invalid.errors()*.field() == ['fullName', 'email', 'phone', 'password', 'password', 'password',
                                      'passwordConfirmation']
        pending.byEmail.isEmpty()
        mailer.sent.isEmpty()
    }

    def "the form's rules, one by one: #what"() {
        when:
        service.register(new RegisterCustomerCommand(name, email, phone, password, confirmation, null))

        then:
        def invalid = thrown(InvalidValueException)
        invalid.errors().collect { [it.field(), it.describe()] } == [[field, message]]

        where:
        what                     | name  | email             | phone          | password    | confirmation || field                  | message
        'a missing name'         | null  | 'a@example.com'   | '+79001234567' | PASSWORD    | PASSWORD     || 'fullName'             | 'REQUIRED'
        'a missing email'        | 'Ann' | null              | '+79001234567' | PASSWORD    | PASSWORD     || 'email'                | 'REQUIRED'
        'a missing phone'        | 'Ann' | 'a@example.com'   | null           | PASSWORD    | PASSWORD     || 'phone'                | 'REQUIRED'
        'a foreign phone'        | 'Ann' | 'a@example.com'   | '+37061234567' | PASSWORD    | PASSWORD     || 'phone'                | 'INVALID_PHONE'
        'a missing confirmation' | 'Ann' | 'a@example.com'   | '+79001234567' | PASSWORD    | null         || 'passwordConfirmation' | 'REQUIRED'
        'a common password'      | 'Ann' | 'a@example.com'   | '+79001234567' | 'Password1!'| 'Password1!' || 'password'             | 'PASSWORD_RULE id=not-common'
        'a differing confirmation' | 'Ann' | 'a@example.com' | '+79001234567' | PASSWORD    | PASSWORD + 'x' || 'passwordConfirmation' | 'PASSWORD_CONFIRMATION_MISMATCH'
    }

    def "the configured phone pattern decides which numbers are accepted"() {
        given:
        def lithuanian = newService(AccountSettings.DEFAULTS.withPhonePattern('^\\+370\\d{8}$'))

        when:
        lithuanian.register(form('Ona', 'ona@example.lt', '+370 612 34567'))

        then:
        pending.find(Email.of('ona@example.lt')).get().phone() == new PhoneNumber('+37061234567')
    }

    def "an email that has an account gets the same answer as a new one, and its owner a notice instead of a code"() {
        given:
        accounts.add(Account.open(new FullName('Bob'), Email.of('bob@example.com'), new PhoneNumber('+79007654321'),
                'hashed:x', EnumSet.of(Role.CUSTOMER), clock.instant()))
        def fresh = service.register(form('Ann', 'ann@example.com', '+79001234567'))
        mailer.sent.clear()

        when:
        def started = service.register(form('Someone', ' BOB@example.com ', '+79001234599'))

        then: 'the answer has the shape and expiry of a new registration'
        started.email() == Email.of('bob@example.com')
        started.expiresAt() == fresh.expiresAt()

        and: 'nothing is pending, the password was hashed all the same, and the owner is told'
        !pending.byEmail.containsKey(Email.of('bob@example.com'))
        hasher.hashes == 2
        with(mailer.only()) {
            to() == 'bob@example.com'
            subject() == 'Someone tried to register with your email'
            textBody().contains('Hello Bob,')
            textBody().contains('no new one was opened')
            textBody().contains('https://shop.example/login')
            textBody().contains('https://shop.example/password/forgot')
            !textBody().contains('confirmation code')
        }
        with(audit.events.last()) {
            type() == AuditEventType.REGISTRATION_WITH_TAKEN_EMAIL
            subjectId() == accounts.findByEmail(Email.of('bob@example.com')).get().id()
            actorId() == null
            details() == 'notice mailed to bob@example.com'
        }
    }

    def "a phone number that an account has is not refused at registration, only once the code is confirmed"() {
        given:
        accounts.add(Account.open(new FullName('Bob'), Email.of('bob@example.com'), new PhoneNumber('+79007654321'),
                'hashed:x', EnumSet.of(Role.CUSTOMER), clock.instant()))

        when:
        service.register(form('Ann', 'ann@example.com', '8 (900) 765-43-21'))

        then: 'the registration waits for its code like any other'
        pending.find(Email.of('ann@example.com')).get().phone() == new PhoneNumber('+79007654321')
        mailer.only().subject() == 'Your Turgus confirmation code'
    }

    def "the right code in time opens the account as a customer and forgets the registration"() {
        given:
        service.register(form('Ann Lee', 'ann@example.com', '+79001234567'))
        clock.advance(Duration.ofMinutes(14))
        int unitsBefore = transactions.started

        when:
        Account account = service.confirm(ConfirmRegistrationCommand.of('Ann@Example.com', ' 123456 ', '10.0.0.1'))

        then:
        account.id() != null
        account.email() == Email.of('ann@example.com')
        account.phone() == new PhoneNumber('+79001234567')
        account.fullName() == new FullName('Ann Lee')
        account.roles() == [Role.CUSTOMER] as Set
        account.status() == AccountStatus.ACTIVE
        account.createdAt() == clock.instant()
        hasher.matches(PASSWORD, account.passwordHash())
        accounts.findByEmail(Email.of('ann@example.com')).get() == account
        pending.byEmail.isEmpty()
        transactions.started == unitsBefore + 1
        with(audit.only()) {
            type() == AuditEventType.REGISTERED
            subjectId() == account.id()
            ip() == '10.0.0.1'
        }
    }

    def "a wrong code says how many tries are left; the fifth voids the registration"() {
        given:
        service.register(form('Ann', 'ann@example.com', '+79001234567'))

        when:
        List<String> answers = (1..5).collect { confirmFailing('ann@example.com', '999999') }

        then:
        answers == ['CODE_WRONG attemptsLeft=4', 'CODE_WRONG attemptsLeft=3', 'CODE_WRONG attemptsLeft=2', 'CODE_WRONG attemptsLeft=1',
                    'CODE_VOIDED']
        pending.byEmail.isEmpty()

        and: 'not even the right code opens it now'
        confirmFailing('ann@example.com', '123456') == 'CODE_UNKNOWN'
        accounts.accounts.isEmpty()
    }

    def "a registration found void already is deleted, whatever the code"() {
        given:
        service.register(form('Ann', 'ann@example.com', '+79001234567'))
        def p = pending.byEmail[Email.of('ann@example.com')]
        pending.byEmail[p.email()] = new PendingRegistration(p.email(), p.phone(), p.fullName(), p.passwordHash(),
                p.codeHash(), p.createdAt(), p.expiresAt(), PendingRegistration.MAX_WRONG_CODES)

        expect:
        confirmFailing('ann@example.com', '123456') == 'CODE_VOIDED'
        pending.byEmail.isEmpty()
        accounts.accounts.isEmpty()
    }

    def "a wrong code for a registration replaced in the meantime counts nothing against the new one"() {
        given:
        service.register(form('Ann', 'ann@example.com', '+79001234567'))
        def stale = pending.byEmail[Email.of('ann@example.com')]
        service.register(form('Ann', 'ann@example.com', '+79001234567'))
        def replaced = [
                find           : { Email email -> Optional.of(stale) },
                recordWrongCode: { Email email, String hash -> pending.recordWrongCode(email, hash) },
        ] as PendingRegistrationRepository
        def racing = new RegistrationService(accounts, replaced, hasher, policy, codes, codeHasher, mailer,
                transactions, audit, new AccountNotices(mailer, { 'https://shop.example' } as ShopAddress), AccountSettings.DEFAULTS, clock)

        when:
        racing.confirm(ConfirmRegistrationCommand.of('ann@example.com', '999999', null))

        then:
        def refused = thrown(InvalidValueException)
        refused.errors()[0].describe() == 'CODE_UNKNOWN'
        pending.byEmail[Email.of('ann@example.com')].wrongAttempts() == 0
    }

    def "a code typed too late has expired, and the registration is deleted"() {
        given:
        service.register(form('Ann', 'ann@example.com', '+79001234567'))
        clock.advance(Duration.ofMinutes(15))

        expect:
        confirmFailing('ann@example.com', '123456') == 'CODE_EXPIRED'
        pending.byEmail.isEmpty()
        accounts.accounts.isEmpty()
    }

    def "a code for an email with no pending registration is refused"() {
        expect:
        confirmFailing('nobody@example.com', '123456') == 'CODE_UNKNOWN'
    }

    def "registering again replaces the pending registration: only the newest code works"() {
        given:
        service.register(form('Ann', 'ann@example.com', '+79001234567'))
        service.register(form('Ann B', 'ann@example.com', '+79001234568'))

        expect:
        confirmFailing('ann@example.com', '123456') == 'CODE_WRONG attemptsLeft=4'
        service.confirm(ConfirmRegistrationCommand.of('ann@example.com', '654321', null)).phone() == new PhoneNumber('+79001234568')
    }

    def "an email or phone taken while the registration waited is a conflict at confirmation"() {
        given:
        service.register(form('Ann', 'ann@example.com', '+79001234567'))
        accounts.add(Account.open(new FullName('Eve'), Email.of('eve@example.com'), new PhoneNumber('+79001234567'),
                'hashed:x', EnumSet.of(Role.CUSTOMER), clock.instant()))
        accounts.failNextAdd = DuplicateValueException.phone()

        when:
        service.confirm(ConfirmRegistrationCommand.of('ann@example.com', '123456', null))

        then:
        def conflict = thrown(DuplicateValueException)
        conflict.field() == 'phone'
        audit.events.isEmpty()
        accounts.findByEmail(Email.of('ann@example.com')).isEmpty()
    }

    def "the confirmation form reports every wrong field at once"() {
        when:
        ConfirmRegistrationCommand.of(email, code, null)

        then:
        def invalid = thrown(InvalidValueException)
        invalid.errors()*.field() == fields

        where:
        email           | code      || fields
        null            | null      || ['email', 'code']
        'a@example.com' | '12345'   || ['code']
        'a@example.com' | '12a456'  || ['code']
        'nope'          | '123456'  || ['email']
    }

    def "expired and voided registrations are purged"() {
        given:
        service.register(form('Ann', 'ann@example.com', '+79001234567'))
        clock.advance(Duration.ofMinutes(10))
        service.register(form('Bob', 'bob@example.com', '+79001234568'))
        clock.advance(Duration.ofMinutes(5))

        expect:
        service.purgeExpired() == 1
        pending.byEmail.keySet() == [Email.of('bob@example.com')] as Set
    }

    def "the form never prints a password"() {
        expect:
        !form('Ann', 'ann@example.com', '+79001234567').toString().contains(PASSWORD)
        !form('Ann', 'ann@example.com', '+79001234567').validate(PhoneFormat.DEFAULT, policy).toString().contains(PASSWORD)
    }

    private String confirmFailing(String email, String code) {
        try {
            service.confirm(ConfirmRegistrationCommand.of(email, code, null))
            throw new AssertionError('the code should have been refused')
        } catch (InvalidValueException refused) {
            assert refused.field() == 'code'
            return refused.errors()[0].describe()
        }
    }

    private static RegisterCustomerCommand form(String name, String email, String phone) {
        new RegisterCustomerCommand(name, email, phone, PASSWORD, PASSWORD, null)
    }

    private RegistrationService newService(AccountSettings settings) {
        new RegistrationService(accounts, pending, hasher, policy, codes, codeHasher, mailer, transactions, audit,
                new AccountNotices(mailer, { 'https://shop.example' } as ShopAddress), settings, clock)
    }
}

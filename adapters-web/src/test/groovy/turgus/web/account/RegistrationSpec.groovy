package turgus.web.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Unroll
import turgus.application.account.port.in.PurgeExpiredRegistrationsUseCase
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

import java.time.Duration
import java.time.Instant
import java.util.concurrent.atomic.AtomicInteger

/** Registration over HTTP: the form, the mailed code, and the account opened on confirmation. */
@MicronautTest(transactional = false)
class RegistrationSpec extends WebSpec {
    static final AtomicInteger N = new AtomicInteger()

    @Inject
    PurgeExpiredRegistrationsUseCase purge

    Map form(Map changes = [:]) {
        int n = N.incrementAndGet()
        [fullName: 'Jane Doe', email: "jane-${n}-${UUID.randomUUID().toString().take(6)}@example.com".toString(),
         phone: '+7 (9' + String.format('%02d', n % 100) + ') ' + String.format('%03d-%02d-%02d', (n * 7) % 1000, n % 100, (n * 3) % 100),
         password: 'Blue-river-9!', passwordConfirmation: 'Blue-river-9!'] + changes
    }

    String codeIn(String mail) {
        (mail =~ /code is (\d{6})/)[0][1]
    }

    void "a registration mails a code, and the code opens the account on #db"() {
        given:
        Map registration = form(email: '  Jane.Upper-' + N.incrementAndGet() + '@Example.COM ')
        String email = registration.email.strip().toLowerCase()

        when:
        Reply started = post('/api/auth/register', registration)

        then: 'nothing exists yet but a pending registration; the email is normalised'
        started.status == 202
        started.json.email == email
        Instant.parse(started.json.expiresAt).isAfter(Instant.now().plus(Duration.ofMinutes(14)))
        post('/api/auth/login', [username: email, password: registration.password]).status == 401

        when:
        String mail = lastMailTo(email)
        Reply confirmed = post('/api/auth/register/confirm', [email: email, code: codeIn(mail)])

        then:
        mail.contains('confirmation code')
        confirmed.status == 201
        confirmed.json.email == email
        confirmed.json.fullName == 'Jane Doe'
        confirmed.json.phone ==~ /\+7\d{10}/
        confirmed.json.roles == ['CUSTOMER']
        confirmed.json.containsKey('pictureUrl')
        !confirmed.json.containsKey('access_token')

        and: 'the new customer signs in by phone, written any way'
        post('/api/auth/login', [username: registration.phone, password: registration.password]).status == 200

        where:
        db = TestDatabase.describe()
    }

    void "every wrong field is named at once"() {
        when:
        Reply reply = post('/api/auth/register', [fullName: '', email: 'not-an-email', phone: '12345', password: '', passwordConfirmation: ''])

        then:
        reply.status == 400
        reply.json.errors*.field.toSet().containsAll(['fullName', 'email', 'phone', 'password'])
    }

    @Unroll
    void "a password #password is refused naming the rule: #rule"() {
        when:
        Reply reply = post('/api/auth/register', form(password: password, passwordConfirmation: password))

        then:
        reply.status == 400
        reply.json.errors.findAll { it.field == 'password' }*.message.any { it.contains(rule) }

        where:
        password                | rule
        'Sh0rt!'                | 'at least 8 characters'
        'A!' + 'x' * 127        | 'at most 128 characters'
        'Пароль-длинный-1!'     | 'only Latin letters'
        'no-upper-case-1!'      | 'upper-case letter'
        'NoSpecialChar123'      | 'at least one of these characters'
        'Password1!'            | 'most common leaked passwords'
        '!Qwerty123$'           | 'most common leaked passwords'
    }

    void "a password breaking several rules names each of them"() {
        when:
        Reply reply = post('/api/auth/register', form(password: 'short', passwordConfirmation: 'short'))

        then:
        reply.status == 400
        reply.json.errors.findAll { it.field == 'password' }.size() >= 3
    }

    void "a confirmation that differs is named"() {
        when:
        Reply reply = post('/api/auth/register', form(passwordConfirmation: 'Other-river-9!'))

        then:
        reply.status == 400
        reply.json.errors*.field == ['passwordConfirmation']
    }

    void "an email that has an account gets the answer a new one gets, and its owner a notice instead of a code"() {
        given:
        def existing = createAccount()
        Reply fresh = post('/api/auth/register', form())

        when:
        Reply reply = post('/api/auth/register', form(email: ' ' + existing.email.toUpperCase() + ' '))

        then: 'the same status, fields and headers as for an address nobody has'
        reply.status == 202
        fresh.status == 202
        reply.json.keySet() == fresh.json.keySet()
        reply.json.email == existing.email
        Instant.parse(reply.json.expiresAt).isAfter(Instant.now().plus(Duration.ofMinutes(14)))
        reply.headers.keySet() - 'date' == fresh.headers.keySet() - 'date'

        and: 'the owner reads a notice with no code, and nothing can be confirmed'
        String notice = lastMailTo(existing.email)
        notice.contains('someone tried to register a new Turgus account with this email address')
        !(notice =~ /\d{6}/)
        post('/api/auth/register/confirm', [email: existing.email, code: '123456']).status == 400

        and: 'the attempt is in the event log, on the owner\'s account'
        eventsOf(existing.id).any { it.type == 'REGISTRATION_WITH_TAKEN_EMAIL' && it.actor == null }
    }

    void "a phone number that another account has is refused once the code is confirmed, naming the phone"() {
        given:
        def existing = createAccount()
        String local = existing.phone.substring(2)
        Map registration = form(phone: '8 (' + local[0..2] + ') ' + local[3..5] + '-' + local[6..9])

        when: 'registering, written as dialled at home, is answered as any registration'
        Reply started = post('/api/auth/register', registration)

        then:
        started.status == 202

        when:
        Reply confirmed = post('/api/auth/register/confirm',
                [email: registration.email, code: codeIn(lastMailTo(registration.email))])

        then:
        confirmed.status == 409
        confirmed.json.code == 409
        confirmed.json.errors*.field == ['phone']
        confirmed.json.reason == 'PHONE_TAKEN'
        post('/api/auth/login', [username: registration.email, password: registration.password]).status == 401
    }

    void "a phone written as dialled at home is stored as +7 and ten digits"() {
        given:
        Map registration = form(phone: '8 (916) 555-' + String.format('%02d-%02d', N.incrementAndGet() % 100, new Random().nextInt(100)))

        when:
        post('/api/auth/register', registration)
        Reply confirmed = post('/api/auth/register/confirm',
                [email: registration.email, code: codeIn(lastMailTo(registration.email))])

        then:
        confirmed.status == 201
        confirmed.json.phone == '+7' + registration.phone.replaceAll(/\D/, '').substring(1)
    }

    void "a wrong code is refused and counted; the fifth voids the registration"() {
        given:
        Map registration = form()
        post('/api/auth/register', registration)
        String right = codeIn(lastMailTo(registration.email))
        String wrong = right == '000000' ? '111111' : '000000'

        when:
        List<Reply> answers = (1..5).collect { post('/api/auth/register/confirm', [email: registration.email, code: wrong]) }

        then:
        answers.every { it.status == 400 && it.json.errors*.field == ['code'] }
        answers.last().json.errors[0].message.contains('too many times')

        and: 'then the right code is too late'
        post('/api/auth/register/confirm', [email: registration.email, code: right]).status == 400
        post('/api/auth/login', [username: registration.email, password: registration.password]).status == 401
    }

    void "a code typed after 15 minutes has expired"() {
        given:
        Map registration = form()
        post('/api/auth/register', registration)
        String code = codeIn(lastMailTo(registration.email))

        when:
        clock.advance(Duration.ofMinutes(16))
        Reply reply = post('/api/auth/register/confirm', [email: registration.email, code: code])

        then:
        reply.status == 400
        reply.json.errors[0].field == 'code'
        reply.json.errors[0].message.contains('expired')
    }

    void "a malformed code or an unknown email is a 400"() {
        expect:
        post('/api/auth/register/confirm', [email: 'nobody@example.com', code: '123456']).status == 400
        post('/api/auth/register/confirm', [email: 'nobody@example.com', code: 'abc']).json.errors*.field == ['code']
    }

    void "expired pending registrations are purged"() {
        given:
        Map registration = form()
        post('/api/auth/register', registration)
        String code = codeIn(lastMailTo(registration.email))

        when:
        clock.advance(Duration.ofMinutes(16))
        int purged = purge.purgeExpired()
        clock.reset()

        then: 'gone, even though the clock is back within the time'
        purged >= 1
        post('/api/auth/register/confirm', [email: registration.email, code: code]).status == 400
    }
}

package turgus.persistence.account

import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.shared.ConflictException
import turgus.application.shared.DuplicateValueException
import turgus.domain.account.Account
import turgus.domain.account.AccountStatus
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.UserId

import java.time.Instant

import static turgus.persistence.testing.AccountBuilder.OPENED_AT
import static turgus.persistence.testing.AccountBuilder.anAccount
import turgus.domain.testing.Stored

/** What every {@link AccountRepository} promises. Each feature starts without accounts. */
abstract class AccountRepositoryContract extends Specification {
    abstract AccountRepository getAccounts()

    def "a new account is stored with an id and found again by id, email and phone"() {
        given:
        Account account = anAccount().named('Dana Scully').withEmail('dana@example.com').withPhone('+79161234567')
                .withStatus(AccountStatus.BLOCKED).withPicture('dana.png').build()

        when:
        Account stored = accounts.add(account)

        then:
        stored.optionalId().isPresent()
        stored == Stored.withId(account, stored.id())
        accounts.findById(stored.id()).get() == stored
        accounts.findByEmail(Email.of('dana@example.com')).get() == stored
        accounts.findByPhone(new PhoneNumber('+79161234567')).get() == stored
    }

    def "an account keeps every role it holds: #roles"() {
        when:
        Account stored = accounts.add(anAccount().withRoles(roles as Role[]).build())

        then:
        accounts.findById(stored.id()).get().roles() == roles as Set

        where:
        roles << [[Role.CUSTOMER], [Role.ADMIN], [Role.ADMIN, Role.CUSTOMER]]
    }

    def "nobody is found under an unknown id, email or phone"() {
        given:
        accounts.add(anAccount().withEmail('known@example.com').withPhone('+79990000001').build())

        expect:
        accounts.findById(UserId.of(777_777)).isEmpty()
        accounts.findByEmail(Email.of('unknown@example.com')).isEmpty()
        accounts.findByPhone(new PhoneNumber('+79990000002')).isEmpty()
    }

    def "an email that is taken refuses a second account as a conflict naming the email"() {
        given:
        accounts.add(anAccount().withEmail('taken@example.com').build())

        when:
        accounts.add(anAccount().withEmail('taken@example.com').withPhone('+79995550001').build())

        then:
        DuplicateValueException conflict = thrown()
        conflict instanceof ConflictException
        conflict.field() == 'email'
        conflict.message.contains('email')
        accounts.findByPhone(new PhoneNumber('+79995550001')).isEmpty()
    }

    def "a phone number that is taken refuses a second account as a conflict naming the phone"() {
        given:
        accounts.add(anAccount().withPhone('+79995550002').build())

        when:
        accounts.add(anAccount().withEmail('second@example.com').withPhone('+79995550002').build())

        then:
        DuplicateValueException conflict = thrown()
        conflict.field() == 'phone'
        conflict.message.contains('phone')
        accounts.findByEmail(Email.of('second@example.com')).isEmpty()
    }

    def "an account that already has an id is not added again"() {
        when:
        accounts.add(anAccount().withId(5).build())

        then:
        thrown(IllegalArgumentException)
    }

    def "there is an admin once an account holds the admin role"() {
        given:
        accounts.add(anAccount().build())

        expect:
        !accounts.anyAdmin()

        when:
        accounts.add(anAccount().asAdmin().build())

        then:
        accounts.anyAdmin()
    }

    def "a login is recorded with its moment"() {
        given:
        Account stored = accounts.add(anAccount().build())
        Instant at = OPENED_AT.plusSeconds(90)

        when:
        accounts.recordLogin(stored.id(), at)

        then:
        accounts.findById(stored.id()).get().lastLoginAt() == at
    }

    def "a password hash is replaced, and nothing else changes"() {
        given:
        Account stored = accounts.add(anAccount().build())

        when:
        boolean changed = accounts.changePassword(stored.id(), '$2a$10$another')

        then:
        changed
        accounts.findById(stored.id()).get() == new Account(stored.id(), stored.fullName(), stored.email(),
                stored.phone(), '$2a$10$another', stored.roles(), stored.status(), stored.pictureName(),
                stored.createdAt(), stored.lastLoginAt())
    }

    def "the password of an unknown account is not changed"() {
        expect:
        !accounts.changePassword(UserId.of(777_777), '$2a$10$another')
    }

    def "a profile change replaces name, email and phone, and nothing else"() {
        given:
        Account stored = accounts.add(anAccount().named('Ann').withEmail('ann@example.com').withPhone('+79001110000')
                .withPicture('ann.png').build())

        when:
        Optional<Account> updated = accounts.updateProfile(stored.id(), new FullName('Ann Lee'),
                Email.of('ann.lee@example.com'), new PhoneNumber('+79001110001'))

        then:
        updated.get() == new Account(stored.id(), new FullName('Ann Lee'), Email.of('ann.lee@example.com'),
                new PhoneNumber('+79001110001'), stored.passwordHash(), stored.roles(), stored.status(),
                'ann.png', stored.createdAt(), stored.lastLoginAt())
        accounts.findByEmail(Email.of('ann.lee@example.com')).get() == updated.get()
        accounts.findByEmail(Email.of('ann@example.com')).isEmpty()
    }

    def "a profile change to another account's #field is a conflict naming the field, and changes nothing"() {
        given:
        accounts.add(anAccount().withEmail('taken@example.com').withPhone('+79002220000').build())
        Account mine = accounts.add(anAccount().withEmail('mine@example.com').withPhone('+79002220001').build())

        when:
        accounts.updateProfile(mine.id(), mine.fullName(), Email.of(email), new PhoneNumber(phone))

        then:
        DuplicateValueException conflict = thrown()
        conflict.field() == field
        accounts.findById(mine.id()).get() == mine

        where:
        field   | email               | phone
        'email' | 'taken@example.com' | '+79002220001'
        'phone' | 'mine@example.com'  | '+79002220000'
    }

    def "the profile of an unknown account is not changed"() {
        expect:
        accounts.updateProfile(UserId.of(777_777), new FullName('X'), Email.of('x@example.com'),
                new PhoneNumber('+79003330000')).isEmpty()
    }
}

package turgus.application.account

import java.time.Instant
import spock.lang.Specification
import turgus.application.security.port.out.RandomSecrets
import turgus.application.shared.DuplicateValueException
import turgus.application.shared.NotFoundException
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.MutableClock
import turgus.application.testing.PlainPasswordHasher
import turgus.domain.account.Account
import turgus.domain.account.Email
import turgus.domain.account.FullName
import turgus.domain.account.PhoneNumber
import turgus.domain.account.Role
import turgus.domain.account.UserId

class AdminBootstrapServiceSpec extends Specification {
    def accounts = new InMemoryAccountRepository()
    def hasher = new PlainPasswordHasher()
    def random = Stub(RandomSecrets) { password() >> 'Generated-Pa55!' }
    def service = new AdminBootstrapService(accounts, hasher, random, new MutableClock())

    def "the first start creates the configured admin and reveals no password"() {
        when:
        def result = service.ensureAdmin(Optional.of('Boss@Shop.lt'), Optional.of('Configured-Pa55!'))

        then:
        result.created()
        result.email() == 'boss@shop.lt'
        result.generatedPassword().isEmpty()
        def admin = accounts.findByEmail(Email.of('boss@shop.lt')).get()
        admin.roles() == [Role.ADMIN, Role.CUSTOMER] as Set
        hasher.matches('Configured-Pa55!', admin.passwordHash())
    }

    def "without settings the admin gets a generated password, answered once"() {
        when:
        def result = service.ensureAdmin(Optional.empty(), Optional.of(' '))

        then:
        result.created()
        result.email() == 'admin@turgus.local'
        result.generatedPassword().get() == 'Generated-Pa55!'
        !result.toString().contains('Generated-Pa55!')
        hasher.matches('Generated-Pa55!', accounts.findByEmail(Email.of('admin@turgus.local')).get().passwordHash())
    }

    def "a shop that has an admin gets no new one"() {
        given:
        service.ensureAdmin(Optional.empty(), Optional.empty())

        when:
        def again = service.ensureAdmin(Optional.of('other@shop.lt'), Optional.of('x'))

        then:
        !again.created()
        again.generatedPassword().isEmpty()
        accounts.accounts.size() == 1
    }

    def "an instance that loses the race for the first admin starts with the winner (#race)"() {
        given: 'another instance adds its account between this check and this insert'
        def racing = new RacingAccounts(other: Account.open(new FullName('Administrator'), Email.of(email),
                new PhoneNumber(phone), 'hash', roles as Set, Instant.EPOCH))
        def starting = new AdminBootstrapService(racing, hasher, random, new MutableClock())

        when:
        def result = starting.ensureAdmin(Optional.of('boss@shop.lt'), Optional.of('Configured-Pa55!'))

        then:
        !result.created()
        result.generatedPassword().isEmpty()
        racing.accounts.size() == 1

        where:
        race                                      | email           | phone          | roles
        'the same email'                          | 'boss@shop.lt'  | '+70000000000' | [Role.ADMIN, Role.CUSTOMER]
        'another email, the same reserved phone'  | 'chef@shop.lt'  | '+70000000000' | [Role.ADMIN, Role.CUSTOMER]
    }

    def "a taken email with no admin anywhere is still an error"() {
        given: 'a customer holds the address the admin would get'
        def racing = new RacingAccounts(other: Account.open(new FullName('Customer'), Email.of('boss@shop.lt'),
                new PhoneNumber('+79123456789'), 'hash', [Role.CUSTOMER] as Set, Instant.EPOCH))
        def starting = new AdminBootstrapService(racing, hasher, random, new MutableClock())

        when:
        starting.ensureAdmin(Optional.of('boss@shop.lt'), Optional.of('Configured-Pa55!'))

        then:
        thrown(DuplicateValueException)
    }

    /** Adds another instance's account just before the first add, as a racing start would. */
    static class RacingAccounts extends InMemoryAccountRepository {
        Account other

        @Override
        synchronized Account add(Account account) {
            if (other != null) {
                def first = other
                other = null
                super.add(first)
            }
            super.add(account)
        }
    }

    def "an account is shown by id, and a missing one is not found"() {
        given:
        service.ensureAdmin(Optional.empty(), Optional.empty())
        def query = new AccountQueryService(accounts)

        expect:
        query.account(UserId.of(1)).email().value() == 'admin@turgus.local'

        when:
        query.account(UserId.of(2))

        then:
        thrown(NotFoundException)
    }
}

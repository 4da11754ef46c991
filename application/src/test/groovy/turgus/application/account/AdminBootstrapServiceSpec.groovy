package turgus.application.account

import spock.lang.Specification
import turgus.application.security.port.out.RandomSecrets
import turgus.application.shared.NotFoundException
import turgus.application.testing.InMemoryAccountRepository
import turgus.application.testing.MutableClock
import turgus.application.testing.PlainPasswordHasher
import turgus.domain.account.Email
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

package turgus.web.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

/** PATCH /api/me: name, email and phone, and nothing else. */
@MicronautTest(transactional = false)
class ProfileSpec extends WebSpec {

    void "a customer changes name, email and phone, normalised, on #db"() {
        given:
        TestUser user = newUser()
        String email = "Changed-${UUID.randomUUID().toString().take(8)}@Example.com"

        when:
        Reply reply = patch('/api/me', [fullName: 'Jane Changed', email: " ${email} ", phone: '+7 (912) 000-11-22'], user.accessToken)

        then:
        reply.status == 200
        reply.json.fullName == 'Jane Changed'
        reply.json.email == email.toLowerCase()
        reply.json.phone == '+79120001122'
        get('/api/me', user.accessToken).json.email == email.toLowerCase()

        where:
        db = TestDatabase.describe()
    }

    void "a field left out stays as it is"() {
        given:
        TestUser user = newUser()

        when:
        Reply reply = patch('/api/me', [fullName: 'Only The Name'], user.accessToken)

        then:
        reply.status == 200
        reply.json.fullName == 'Only The Name'
        reply.json.email == user.email
        reply.json.phone == user.phone
    }

    void "roles, id, balance and status sent along change nothing"() {
        given:
        TestUser user = newUser()

        when:
        Reply reply = patch('/api/me', [fullName: 'Sneaky', roles: ['ADMIN'], id: 1, balance: 1000000, status: 'ACTIVE',
                                        createdAt: '2000-01-01T00:00:00Z'], user.accessToken)

        then:
        reply.status == 200
        reply.json.fullName == 'Sneaky'
        reply.json.id == user.id
        reply.json.roles == ['CUSTOMER']
        reply.json.createdAt != '2000-01-01T00:00:00Z'
        get('/api/admin/products', user.accessToken).status == 403
    }

    void "every wrong field is named at once"() {
        given:
        TestUser user = newUser()

        when:
        Reply reply = patch('/api/me', [fullName: '', email: 'nope', phone: '12'], user.accessToken)

        then:
        reply.status == 400
        reply.json.errors*.field.toSet() == ['fullName', 'email', 'phone'] as Set
    }

    void "another account's email or phone is a 409 naming the field"() {
        given:
        TestUser user = newUser()
        TestUser other = createAccount()

        expect:
        patch('/api/me', [email: other.email], user.accessToken).with { status == 409 && json.errors*.field == ['email'] }
        patch('/api/me', [phone: other.phone], user.accessToken).with { status == 409 && json.errors*.field == ['phone'] }
    }

    void "without a token it is a 401"() {
        expect:
        patch('/api/me', [fullName: 'X'], null).text == '{"code":401,"message":"Unauthorized"}'
    }
}

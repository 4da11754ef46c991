package turgus.web.account

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

import java.time.Instant

@MicronautTest(transactional = false)
class MeSpec extends WebSpec {

    void "a signed-in user reads their own account"() {
        given:
        TestUser user = newUser()

        when:
        Reply reply = get('/api/me', user.accessToken)

        then:
        reply.status == 200
        reply.json.keySet() == ['id', 'fullName', 'email', 'phone', 'pictureUrl', 'roles', 'createdAt', 'loyalty'] as Set
        reply.json.id == user.id
        reply.json.email == user.email
        reply.json.phone == user.phone
        reply.json.fullName.startsWith('Test User')
        reply.json.pictureUrl == null
        reply.json.roles == ['CUSTOMER']
        Instant.parse(reply.json.createdAt as String)
        reply.json.createdAt.endsWith('Z')
    }

    void "an admin sees both roles"() {
        expect:
        get('/api/me', admin.accessToken).json.roles == ['CUSTOMER', 'ADMIN']
    }

    void "without a token it is a 401"() {
        expect:
        get('/api/me').status == 401
    }
}

package turgus.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

@MicronautTest(transactional = false)
class ForbiddenSpec extends WebSpec {

    void "a customer on an admin endpoint gets exactly 403 Forbidden"() {
        when:
        Reply reply = get('/api/admin/products', customer.accessToken)

        then:
        reply.status == 403
        reply.text == '{"code":403,"message":"Forbidden"}'
        reply.header('WWW-Authenticate') == null
    }

    void "an admin passes the same door"() {
        expect:
        get('/api/admin/products', admin.accessToken).status == 200
    }
}

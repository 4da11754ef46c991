package turgus.web

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

/** A first start with settings: the configured admin signs in, and the demo catalog is there. */
@MicronautTest(transactional = false)
class StartupSpec extends WebSpec {

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.demo-data'     : 'true',
         'shop.admin-email'   : 'Owner@Example.com',
         'shop.admin-password': 'Owner-password-9!']
    }

    void "the configured admin signs in with the configured password"() {
        when:
        Reply reply = post('/api/auth/login', [username: 'owner@example.com', password: 'Owner-password-9!'])

        then:
        reply.status == 200
        reply.json.roles as Set == ['ADMIN', 'CUSTOMER'] as Set
    }

    void "the demo catalog fills the empty shop"() {
        when:
        Reply reply = get('/api/products?size=100', customer.accessToken)

        then:
        reply.status == 200
        reply.json.totalItems > 5
        reply.json.items.any { it.salePrice != null }
    }
}

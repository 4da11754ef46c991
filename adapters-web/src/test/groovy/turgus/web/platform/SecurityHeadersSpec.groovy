package turgus.web.platform

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Shared
import spock.lang.Unroll
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

import javax.imageio.ImageIO
import java.awt.image.BufferedImage

/** The hardening headers are on every kind of answer. */
@MicronautTest(transactional = false)
class SecurityHeadersSpec extends WebSpec {
    static final String SHOP_POLICY = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
            "img-src 'self' data: blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; " +
            "form-action 'self'; object-src 'none'"

    @Shared
    String imageUrl

    void setup() {
        if (imageUrl == null) {
            long id = post('/api/admin/products', [name: 'Lamp', price: 12], admin.accessToken).json.id as long
            ByteArrayOutputStream png = new ByteArrayOutputStream()
            ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), 'png', png)
            imageUrl = upload("/api/admin/products/${id}/image", 'image', 'l.png', png.toByteArray(), admin.accessToken).json.imageUrl
        }
    }

    @Unroll
    void "#kind carries the hardening headers"() {
        when:
        Reply reply = request(this)

        then:
        reply.header('Content-Security-Policy') == SHOP_POLICY
        reply.header('X-Content-Type-Options') == 'nosniff'
        reply.header('Referrer-Policy') == 'no-referrer'
        reply.header('X-Frame-Options') == 'DENY'
        reply.header('Permissions-Policy').contains('camera=()')
        reply.header('Permissions-Policy').contains('microphone=()')
        reply.header('Permissions-Policy').contains('geolocation=()')

        where:
        kind                    | request
        'an API answer'         | { it.get('/api/me', it.customer.accessToken) }
        'an API 401'            | { it.get('/api/me') }
        'an API 403'            | { it.get('/api/admin/products', it.customer.accessToken) }
        'an API 404'            | { it.get('/api/nope', it.customer.accessToken) }
        'an API 400'            | { it.get('/api/products?size=0', it.customer.accessToken) }
        'the login'             | { it.post('/api/auth/login', [username: 'x@example.com', password: 'y']) }
        'the SPA page'          | { it.get('/', null, [Accept: 'text/html']) }
        'an SPA client route'   | { it.get('/account/profile', null, [Accept: 'text/html']) }
        'an SPA asset'          | { it.get('/assets/app-test.js') }
        'a product picture'     | { it.get(it.imageUrl) }
        'the health check'      | { it.get('/health') }
    }

    @Unroll
    void "API answers are never cached: #path"() {
        expect:
        get(path, token(this)).header('Cache-Control') == 'no-store'

        where:
        path                  | token
        '/api/me'             | { it.customer.accessToken }
        '/api/me'             | { null }
        '/api/products'       | { it.customer.accessToken }
        '/api/nope'           | { it.customer.accessToken }
    }

    void "the docs get a policy that lets Swagger UI start, and nothing wider"() {
        when:
        String policy = get('/docs').header('Content-Security-Policy')

        then:
        policy.contains("script-src 'self' 'unsafe-inline'")
        policy.contains("frame-ancestors 'none'")
        policy.contains("object-src 'none'")
        !policy.contains('*')
    }
}

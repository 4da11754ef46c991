package turgus.web.security

import io.micronaut.http.HttpMethod
import io.micronaut.http.HttpRequest
import io.micronaut.http.MediaType
import io.micronaut.http.MutableHttpRequest
import io.micronaut.http.client.multipart.MultipartBody
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.web.router.Router
import io.micronaut.web.router.UriRouteInfo
import jakarta.inject.Inject
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

/**
 * Walks every route the router knows, so that a new endpoint without the right {@code @Secured}
 * fails here: admin routes refuse customers (403) and strangers (401); every other API route but
 * the sign-in ones refuses strangers.
 */
@MicronautTest(transactional = false)
class AuthorizationSpec extends WebSpec {
    static final String UNAUTHORIZED = '{"code":401,"message":"Unauthorized"}'
    static final String FORBIDDEN = '{"code":403,"message":"Forbidden"}'

    @Inject
    Router router

    List<UriRouteInfo> apiRoutes() {
        router.uriRoutes()
                .filter { it.httpMethod != HttpMethod.OPTIONS }
                .filter { it.uriMatchTemplate.toPathString().startsWith('/api/') }
                .toList()
    }

    static String concrete(UriRouteInfo route) {
        route.uriMatchTemplate.toPathString().replaceAll(/\{[^}]+}/, '1')
    }

    Reply hit(UriRouteInfo route, String token) {
        MutableHttpRequest<?> request = HttpRequest.create(route.httpMethod, concrete(route))
        if (route.httpMethod in [HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH]) {
            if (route.consumes.any { it.matches(MediaType.MULTIPART_FORM_DATA_TYPE) }) {
                request.body(MultipartBody.builder().addPart('file', 'f.bin', 'x'.bytes).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
            } else {
                request.body('{}').contentType(MediaType.APPLICATION_JSON_TYPE)
            }
        }
        send(request, token, [:])
    }

    void "the walk sees the routes it is meant to guard"() {
        when:
        Set<String> seen = apiRoutes().collect { "${it.httpMethod} ${it.uriMatchTemplate.toPathString()}".toString() } as Set

        then:
        seen.containsAll([
                'POST /api/auth/login',
                'POST /api/auth/register',
                'POST /api/auth/register/confirm',
                'POST /api/auth/token',
                'POST /api/auth/logout',
                'POST /api/auth/password/forgot',
                'POST /api/auth/password/reset',
                'POST /api/auth/email/revert',
                'POST /api/me/password',
                'GET /api/me/sessions',
                'PATCH /api/me',
                'PUT /api/me/picture',
                'DELETE /api/me/sessions/{id}',
                'GET /api/me',
                'GET /api/products',
                'GET /api/products/{id}',
                'GET /api/products/{id}/recommendations',
                'GET /api/search/trending',
                'GET /api/admin/products',
                'POST /api/admin/products',
                'GET /api/admin/products/{id}',
                'PATCH /api/admin/products/{id}',
                'PUT /api/admin/products/{id}/image',
                'POST /api/admin/products/{id}/restock',
                'POST /api/admin/products/{id}/withdraw',
                'POST /api/admin/products/{id}/reinstate',
                'GET /api/me/balance',
                'POST /api/me/balance/top-ups',
                'GET /api/me/balance/transactions',
                'GET /api/cart',
                'DELETE /api/cart',
                'POST /api/cart/items',
                'PUT /api/cart/items/{productId}',
                'DELETE /api/cart/items/{productId}',
                'PUT /api/cart/promo-code',
                'DELETE /api/cart/promo-code',
                'POST /api/orders',
                'GET /api/orders',
                'GET /api/orders/{id}',
                'GET /api/admin/orders',
                'POST /api/admin/orders/{id}/refund',
                'POST /api/admin/users/{id}/balance-adjustments',
                'GET /api/admin/users',
                'GET /api/admin/users/{id}',
                'POST /api/admin/users/{id}/block',
                'POST /api/admin/users/{id}/unblock',
                'POST /api/admin/users/{id}/activate',
                'POST /api/admin/users/{id}/deactivate',
                'POST /api/admin/users/{id}/unlock',
                'PUT /api/admin/users/{id}/roles',
                'DELETE /api/admin/users/{id}',
                'POST /api/admin/users/bulk',
                'GET /api/admin/users/purge-inactive',
                'POST /api/admin/users/purge-inactive',
                'GET /api/admin/discounts',
                'PUT /api/admin/discounts/loyalty',
                'PUT /api/admin/discounts/tiers',
                'GET /api/admin/promo-codes',
                'POST /api/admin/promo-codes',
                'PATCH /api/admin/promo-codes/{code}',
                'DELETE /api/admin/promo-codes/{code}',
        ])
    }

    void "every admin route refuses a customer with exactly 403 Forbidden"() {
        given:
        List<UriRouteInfo> adminRoutes = apiRoutes().findAll { it.uriMatchTemplate.toPathString().startsWith('/api/admin/') }

        expect:
        adminRoutes.size() >= 8
        adminRoutes.each { route ->
            Reply reply = hit(route, customer.accessToken)
            assert reply.status == 403: "${route.httpMethod} ${concrete(route)} answered ${reply}"
            if (route.httpMethod != HttpMethod.HEAD) {
                assert reply.text == FORBIDDEN
            }
        }
    }

    void "every admin route refuses a stranger with exactly 401 Unauthorized"() {
        given:
        List<UriRouteInfo> adminRoutes = apiRoutes().findAll { it.uriMatchTemplate.toPathString().startsWith('/api/admin/') }

        expect:
        adminRoutes.each { route ->
            Reply reply = hit(route, null)
            assert reply.status == 401: "${route.httpMethod} ${concrete(route)} answered ${reply}"
            if (route.httpMethod != HttpMethod.HEAD) {
                assert reply.text == UNAUTHORIZED
            }
            assert reply.header('WWW-Authenticate') == 'Bearer'
        }
    }

    void "every admin route lets an admin past the door"() {
        given:
        List<UriRouteInfo> adminRoutes = apiRoutes().findAll { it.uriMatchTemplate.toPathString().startsWith('/api/admin/') }

        expect:
        adminRoutes.each { route ->
            Reply reply = hit(route, admin.accessToken)
            assert !(reply.status in [401, 403]): "${route.httpMethod} ${concrete(route)} refused an admin: ${reply}"
        }
    }

    void "every other API route but signing in refuses a stranger with exactly 401 Unauthorized"() {
        given:
        List<UriRouteInfo> routes = apiRoutes().findAll {
            String path = it.uriMatchTemplate.toPathString()
            !path.startsWith('/api/admin/') && (!path.startsWith('/api/auth/') || path == '/api/auth/logout')
        }

        expect:
        routes.size() >= 3
        routes.each { route ->
            Reply reply = hit(route, null)
            assert reply.status == 401: "${route.httpMethod} ${concrete(route)} answered ${reply}"
            if (route.httpMethod != HttpMethod.HEAD) {
                assert reply.text == UNAUTHORIZED
            }
        }
    }

    void "the sign-in routes are open to strangers"() {
        given:
        List<UriRouteInfo> routes = apiRoutes().findAll {
            String path = it.uriMatchTemplate.toPathString()
            path.startsWith('/api/auth/') && path != '/api/auth/logout'
        }

        expect:
        routes
        routes.each { route ->
            Reply reply = hit(route, null)
            assert !(reply.status in [401, 403]): "${route.httpMethod} ${concrete(route)} refused a stranger: ${reply}"
        }
    }
}

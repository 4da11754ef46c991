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
import spock.lang.Shared
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

/**
 * Every route of the router, called by a stranger, a customer (A, on A's own things), another
 * customer (B, naming A's order, session, cart line) and an admin, against one table of what each
 * must get. A route the router knows but the table does not fails the build: whoever adds a route
 * decides here who may call it.
 *
 * <p>The answers: {@code 401} and {@code 403} are the exact bodies of API.md; {@code 404} is
 * "not yours", as if it did not exist (API.md: another user's resource is a 404); {@code own} is
 * a success on the caller's own thing; {@code pass}
 * is past the door (neither 401 nor 403, never a 5xx) — for B on a route without an id, that is B's
 * own data, and the last feature checks that nothing of A's changed.
 */
@MicronautTest(transactional = false)
class AuthorizationMatrixSpec extends WebSpec {
    static final String UNAUTHORIZED = '{"code":401,"message":"Unauthorized"}'
    static final String FORBIDDEN = '{"code":403,"message":"Forbidden"}'
    static final List<String> ROLES = ['anonymous', 'customer', 'other customer', 'admin']

    /**
     * THE MATRIX: route -> answer for [anonymous, customer A, another customer B on A's things, admin].
     * An admin is a customer too: on A's order, session or cart line the admin is "another user".
     */
    static final Map<String, List<String>> MATRIX = [
            // signing in: open to all
            'POST /api/auth/register'                    : ['pass', 'pass', 'pass', 'pass'],
            'POST /api/auth/register/confirm'            : ['pass', 'pass', 'pass', 'pass'],
            'POST /api/auth/login'                       : ['pass', 'pass', 'pass', 'pass'],
            'POST /api/auth/token'                       : ['pass', 'pass', 'pass', 'pass'],
            'POST /api/auth/password/forgot'             : ['pass', 'pass', 'pass', 'pass'],
            'POST /api/auth/password/reset'              : ['pass', 'pass', 'pass', 'pass'],
            'POST /api/auth/email/revert'                : ['pass', 'pass', 'pass', 'pass'],
            'POST /api/auth/logout'                      : ['401', 'pass', 'pass', 'pass'],
            // the account: each caller's own
            'GET /api/me'                                : ['401', 'pass', 'pass', 'pass'],
            'PATCH /api/me'                              : ['401', 'pass', 'pass', 'pass'],
            'PUT /api/me/picture'                        : ['401', 'pass', 'pass', 'pass'],
            'POST /api/me/password'                      : ['401', 'pass', 'pass', 'pass'],
            'GET /api/me/sessions'                       : ['401', 'pass', 'pass', 'pass'],
            'DELETE /api/me/sessions/{id}'               : ['401', 'pass', '404', '404'],
            'GET /api/me/balance'                        : ['401', 'pass', 'pass', 'pass'],
            'POST /api/me/balance/top-ups'               : ['401', 'pass', 'pass', 'pass'],
            'GET /api/me/balance/transactions'           : ['401', 'pass', 'pass', 'pass'],
            // the catalog: signed-in callers
            'GET /api/products'                          : ['401', 'pass', 'pass', 'pass'],
            'GET /api/products/{id}'                     : ['401', 'pass', 'pass', 'pass'],
            'GET /api/products/{id}/recommendations'     : ['401', 'pass', 'pass', 'pass'],
            'GET /api/search/trending'                   : ['401', 'pass', 'pass', 'pass'],
            // the cart and orders: each caller's own; A's order, session and cart line are 404 to others
            'GET /api/cart'                              : ['401', 'pass', 'pass', 'pass'],
            'DELETE /api/cart'                           : ['401', 'pass', 'pass', 'pass'],
            'POST /api/cart/items'                       : ['401', 'pass', 'pass', 'pass'],
            'PUT /api/cart/items/{productId}'            : ['401', 'pass', '404', '404'],
            'DELETE /api/cart/items/{productId}'         : ['401', 'pass', '404', '404'],
            'PUT /api/cart/promo-code'                   : ['401', 'pass', 'pass', 'pass'],
            'DELETE /api/cart/promo-code'                : ['401', 'pass', 'pass', 'pass'],
            'POST /api/orders'                           : ['401', 'pass', 'pass', 'pass'],
            'GET /api/orders'                            : ['401', 'pass', 'pass', 'pass'],
            'GET /api/orders/{id}'                       : ['401', 'own', '404', '404'],
            // admin only
            'GET /api/admin/products'                    : ['401', '403', '403', 'pass'],
            'POST /api/admin/products'                   : ['401', '403', '403', 'pass'],
            'GET /api/admin/products/{id}'               : ['401', '403', '403', 'pass'],
            'PATCH /api/admin/products/{id}'             : ['401', '403', '403', 'pass'],
            'PUT /api/admin/products/{id}/image'         : ['401', '403', '403', 'pass'],
            'POST /api/admin/products/{id}/restock'      : ['401', '403', '403', 'pass'],
            'POST /api/admin/products/{id}/withdraw'     : ['401', '403', '403', 'pass'],
            'POST /api/admin/products/{id}/reinstate'    : ['401', '403', '403', 'pass'],
            'GET /api/admin/orders'                      : ['401', '403', '403', 'pass'],
            'POST /api/admin/orders/{id}/refund'         : ['401', '403', '403', 'pass'],
            'GET /api/admin/users'                       : ['401', '403', '403', 'pass'],
            'GET /api/admin/users/{id}'                  : ['401', '403', '403', 'pass'],
            'DELETE /api/admin/users/{id}'               : ['401', '403', '403', 'pass'],
            'POST /api/admin/users/{id}/block'           : ['401', '403', '403', 'pass'],
            'POST /api/admin/users/{id}/unblock'         : ['401', '403', '403', 'pass'],
            'POST /api/admin/users/{id}/activate'        : ['401', '403', '403', 'pass'],
            'POST /api/admin/users/{id}/deactivate'      : ['401', '403', '403', 'pass'],
            'POST /api/admin/users/{id}/unlock'          : ['401', '403', '403', 'pass'],
            'PUT /api/admin/users/{id}/roles'            : ['401', '403', '403', 'pass'],
            'POST /api/admin/users/{id}/balance-adjustments': ['401', '403', '403', 'pass'],
            'POST /api/admin/users/bulk'                 : ['401', '403', '403', 'pass'],
            'GET /api/admin/users/purge-inactive'        : ['401', '403', '403', 'pass'],
            'POST /api/admin/users/purge-inactive'       : ['401', '403', '403', 'pass'],
            'GET /api/admin/discounts'                   : ['401', '403', '403', 'pass'],
            'PUT /api/admin/discounts/loyalty'           : ['401', '403', '403', 'pass'],
            'PUT /api/admin/discounts/tiers'             : ['401', '403', '403', 'pass'],
            'GET /api/admin/promo-codes'                 : ['401', '403', '403', 'pass'],
            'POST /api/admin/promo-codes'                : ['401', '403', '403', 'pass'],
            'PATCH /api/admin/promo-codes/{code}'        : ['401', '403', '403', 'pass'],
            'DELETE /api/admin/promo-codes/{code}'       : ['401', '403', '403', 'pass'],
            'GET /api/admin/events'                      : ['401', '403', '403', 'pass'],
            'GET /api/admin/events/types'                : ['401', '403', '403', 'pass'],
            'GET /api/admin/stats'                       : ['401', '403', '403', 'pass'],
            'GET /api/admin/backups'                     : ['401', '403', '403', 'pass'],
            'POST /api/admin/backups'                    : ['401', '403', '403', 'pass'],
            'GET /api/admin/backups/{id}'                : ['401', '403', '403', 'pass'],
            'DELETE /api/admin/backups/{id}'             : ['401', '403', '403', 'pass'],
            'POST /api/admin/backups/{id}/restore'       : ['401', '403', '403', 'pass'],
            'POST /api/admin/backups/restore'            : ['401', '403', '403', 'pass'],
            'POST /api/admin/mail/test'                  : ['401', '403', '403', 'pass'],
            'GET /api/admin/mail/test/{id}'              : ['401', '403', '403', 'pass'],
            // outside the API
            'GET /media/products/{name}'                 : ['pass', 'pass', 'pass', 'pass'],
            'GET /media/profiles/{name}'                 : ['pass', 'pass', 'pass', 'pass'],
            'GET /docs'                                  : ['pass', 'pass', 'pass', 'pass'],
            'GET /health'                                : ['pass', 'pass', 'pass', 'pass'],
            'GET /health/{selector}'                     : ['pass', 'pass', 'pass', 'pass'],
            // metrics: admins (or the scrape token, see MetricsAccessRuleSpec)
            'GET /prometheus'                            : ['401', '403', '403', 'pass'],
    ]

    @Inject
    Router router

    /** Customer A's things, that B and the admin name. */
    @Shared
    Map<String, Object> owned = [:]

    @Override
    protected Map<String, Object> extraProperties() {
        // Every cell signs in anew (a call may sign its session out): no bcrypt for that.
        ['turgus.test.fast-hashing': 'true']
    }

    static String key(UriRouteInfo route) {
        "${route.httpMethod} ${route.uriMatchTemplate.toPathString()}".toString()
    }

    List<UriRouteInfo> routes() {
        router.uriRoutes().filter { it.httpMethod != HttpMethod.OPTIONS }.toList()
    }

    /** Customer A with an order, a cart line, a second session and a picture; B; an admin; a user to administer. */
    Map<String, Object> getThings() {
        if (!owned) {
            TestUser a = customer
            Reply product = post('/api/admin/products', [name: 'Matrix tea', price: 2.5, stock: 100], admin.accessToken)
            assert product.status == 201: product
            assert post('/api/me/balance/top-ups', [amount: 50], a.accessToken, ['Idempotency-Key': 'a-key-1']).status == 201
            assert post('/api/cart/items', [productId: product.json.id, quantity: 1], a.accessToken).status == 200
            Reply order = post('/api/orders', null, a.accessToken)
            assert order.status == 201: order
            assert post('/api/cart/items', [productId: product.json.id, quantity: 2], a.accessToken).status == 200
            TestUser second = signIn(a)
            owned.product = product.json.id
            owned.order = order.json.id
            owned.session = sessionOf(second.accessToken)
            owned.b = newUser()
            owned.victim = newUser()
            owned.a = a
        }
        owned
    }

    /** What only A can see of A, read in a session of its own: what a stranger and B must leave as it is. */
    Map<String, Object> stateOfA() {
        String token = things.computeIfAbsent('reader') { signIn(things.a as TestUser).accessToken }
        [me      : get('/api/me', token).json,
         balance : get('/api/me/balance', token).json,
         moves   : get('/api/me/balance/transactions?size=100', token).json,
         cart    : get('/api/cart', token).json,
         orders  : get('/api/orders?size=100', token).json,
         sessions: get('/api/me/sessions', token).json*.id.findAll { it != sessionOf(token) } as Set]
    }

    /** The route with A's ids in its path and a body it would take. */
    Reply callRoute(UriRouteInfo route, String token) {
        String template = route.uriMatchTemplate.toPathString()
        String path = template
                .replace('{productId}', String.valueOf(things.product))
                .replace('{code}', 'NO-SUCH-CODE')
                .replace('{name}', 'no-such-picture.png')
                .replace('{selector}', 'liveness')
        if (template.startsWith('/api/orders/') || template.startsWith('/api/admin/orders/')) {
            path = path.replace('{id}', String.valueOf(things.order))
        } else if (template.startsWith('/api/me/sessions/')) {
            path = path.replace('{id}', String.valueOf(things.session))
        } else if (template.startsWith('/api/admin/users/')) {
            path = path.replace('{id}', String.valueOf((things.victim as TestUser).id))
        } else if (template.startsWith('/api/admin/backups/') || template.startsWith('/api/admin/mail/')) {
            path = path.replace('{id}', 'b5c8a1e0-0000-4000-8000-000000000000')
        } else {
            path = path.replace('{id}', String.valueOf(things.product))
        }
        MutableHttpRequest<?> request = HttpRequest.create(route.httpMethod, path)
        if (route.httpMethod in [HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH]) {
            if (route.consumes.any { it.matches(MediaType.MULTIPART_FORM_DATA_TYPE) }) {
                request.body(MultipartBody.builder().addPart('file', 'f.bin', 'x'.bytes).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
            } else {
                request.body(BODIES.getOrDefault(key(route), '{}')).contentType(MediaType.APPLICATION_JSON_TYPE)
            }
        }
        send(request, token, [:])
    }

    /** Bodies that reach the ownership check (an empty one would stop at validation). */
    static final Map<String, String> BODIES = [
            'PUT /api/cart/items/{productId}': '{"quantity": 1}',
    ]

    String tokenOf(String role) {
        switch (role) {
            case 'anonymous': return null
            case 'customer': return signIn(things.a as TestUser).accessToken
            case 'other customer': return signIn(things.b as TestUser).accessToken
            case 'admin': return signIn(admin).accessToken
        }
        throw new IllegalArgumentException(role)
    }

    /** Whether the answer is what the matrix says; null when it is, else what is wrong. */
    static String mismatch(String expected, Reply reply, boolean head) {
        switch (expected) {
            case '401':
                return reply.status == 401 && (head || reply.text == UNAUTHORIZED) ? null : 'expected exactly 401 Unauthorized'
            case '403':
                return reply.status == 403 && (head || reply.text == FORBIDDEN) ? null : 'expected exactly 403 Forbidden'
            case '404':
                return reply.status == 404 && (head || reply.json.reason in ['NOT_FOUND', 'NOT_IN_CART']) ? null : 'expected 404, as if it did not exist'
            case 'own':
                return reply.status in 200..299 ? null : 'expected a success'
            case 'pass':
                return reply.status in [401, 403] || reply.status >= 500 ? 'expected to be let through' : null
        }
        "unknown expectation ${expected}"
    }

    void "every route of the router has a row in the matrix"() {
        when:
        List<String> missing = routes().collect { key(it) }.findAll { !MATRIX.containsKey(it) && !it.startsWith('HEAD ') }.unique().sort()

        then:
        assert missing.empty: "routes with no entry in the matrix: ${missing.collect { "route ${it} has no entry in the matrix" }.join('; ')}"
    }

    void "no row of the matrix names a route the router does not know"() {
        expect:
        (MATRIX.keySet() - routes().collect { key(it) }).empty
    }

    void "each route answers each role as the matrix says, and nothing of customer A changes for the others"() {
        given:
        Map<String, Object> before = stateOfA()
        List<String> wrong = []

        when:
        // A empties the cart in its own column and the admin may refund A's order: those run after
        // the check that the stranger and B changed nothing of A's.
        ['anonymous', 'other customer', 'customer', 'admin'].each { String role ->
            int column = ROLES.indexOf(role)
            routes().findAll { MATRIX.containsKey(key(it)) }.sort { key(it) }.each { UriRouteInfo route ->
                String expected = MATRIX[key(route)][column]
                Reply reply = callRoute(route, tokenOf(role))
                String problem = mismatch(expected, reply, route.httpMethod == HttpMethod.HEAD)
                if (problem) {
                    wrong << "${key(route)} as ${role}: ${problem}, got ${reply}".toString()
                }
            }
            if (role == 'other customer') {
                Map<String, Object> after = stateOfA()
                if (after != before) {
                    wrong << "A's data changed under a stranger and customer B: ${after.findAll { k, v -> before[k] != v }.keySet()}".toString()
                }
            }
        }

        then:
        assert wrong.empty: "${wrong.size()} cells of the matrix do not hold:\n" + wrong.join('\n')
    }

    void "another customer's Idempotency-Key is a key of one's own: a top-up of one's own, nothing of the first's"() {
        given:
        TestUser a = newUser()
        TestUser b = newUser()
        Reply first = post('/api/me/balance/top-ups', [amount: 30], a.accessToken, ['Idempotency-Key': 'shared-key'])

        when:
        Reply second = post('/api/me/balance/top-ups', [amount: 30], b.accessToken, ['Idempotency-Key': 'shared-key'])
        Reply otherBody = post('/api/me/balance/top-ups', [amount: 12], b.accessToken, ['Idempotency-Key': 'shared-key'])

        then:
        first.status == 201
        second.status == 201
        second.json.transaction.id != first.json.transaction.id
        otherBody.status == 422
        get('/api/me/balance', a.accessToken).json.balance == 30
        get('/api/me/balance', b.accessToken).json.balance == 30
        get('/api/me/balance/transactions', a.accessToken).json.totalItems == 1
    }
}

package turgus.web.platform

import io.micronaut.http.HttpMethod
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import io.micronaut.web.router.Router
import io.micronaut.web.router.UriRouteInfo
import jakarta.inject.Inject
import org.yaml.snakeyaml.Yaml
import spock.lang.Unroll
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

/** Health, metrics and the API documentation. */
@MicronautTest(transactional = false)
class OperationsSpec extends WebSpec {

    /** Routes for people who are not signed in: no token, so no 401 for a missing one. */
    static final List<String> SIGN_IN_ROUTES = ['/api/auth/login', '/api/auth/register', '/api/auth/register/confirm',
                                                '/api/auth/password/forgot', '/api/auth/password/reset',
                                                '/api/auth/email/revert']

    static final String SCRAPE_TOKEN = 'scrape-token-for-the-metrics-spec-0123456789'

    @Inject
    Router router

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.metrics-token': SCRAPE_TOKEN]
    }

    void "health answers UP with nothing else, to anyone"() {
        when:
        Reply reply = get('/health')

        then:
        reply.status == 200
        reply.json == [status: 'UP']
    }

    void "health shows no details to a signed-in admin either"() {
        expect:
        get('/health', admin.accessToken).json == [status: 'UP']
    }

    @Unroll
    void "metrics are for admins and the scraper with the token: #who gets #status"() {
        when:
        Reply reply = get('/prometheus', token(this), headers)

        then:
        reply.status == status
        if (status == 200) {
            assert reply.contentType.startsWith('text/plain')
            assert reply.text.contains('# TYPE')
            assert reply.text.contains('jvm_memory_used_bytes')
        } else {
            assert reply.json == [code: status, message: status == 401 ? 'Unauthorized' : 'Forbidden']
        }

        where:
        who                                    | token                                | headers                            | status
        'nobody, even from this machine'       | { null }                             | [:]                                | 401
        'nobody behind a proxy'                | { null }                             | ['X-Forwarded-For': '203.0.113.9'] | 401
        'a wrong scrape token'                 | { 'not-the-scrape-token' }           | [:]                                | 401
        'a scrape token with one more letter'  | { SCRAPE_TOKEN + 'x' }               | [:]                                | 401
        'a customer'                           | { it.customer.accessToken }          | [:]                                | 403
        'the scraper with its token'           | { SCRAPE_TOKEN }                     | [:]                                | 200
        'the scraper with its token via proxy' | { SCRAPE_TOKEN }                     | ['X-Forwarded-For': '203.0.113.9'] | 200
        'an admin'                             | { it.admin.accessToken }             | ['X-Forwarded-For': '203.0.113.9'] | 200
    }

    void "the docs page is Swagger UI over the generated document"() {
        when:
        Reply page = get('/docs')

        then:
        page.status == 200
        page.contentType.startsWith('text/html')
        page.text.contains('swagger-ui')
        page.text.contains('/swagger/turgus-1.0.yml')

        and: 'its scripts and the document are served'
        get('/swagger-ui/res/swagger-ui-bundle.js').status == 200
        get('/swagger-ui/res/swagger-ui.css').status == 200
        get('/swagger/turgus-1.0.yml').status == 200
    }

    void "the document lists every API route with its method and the errors it can answer"() {
        given:
        Map doc = new Yaml().load(get('/swagger/turgus-1.0.yml').text) as Map
        Map<String, Map> paths = doc.paths as Map<String, Map>
        List<UriRouteInfo> routes = router.uriRoutes()
                .filter { it.httpMethod != HttpMethod.HEAD }
                .filter { it.uriMatchTemplate.toString().startsWith('/api/') || it.uriMatchTemplate.toString().startsWith('/media/') }
                .toList()

        expect:
        routes.size() >= 12
        routes.each { UriRouteInfo route ->
            String path = route.uriMatchTemplate.toPathString()
            String method = route.httpMethod.name().toLowerCase()
            Map operation = paths[path]?.get(method) as Map
            assert operation: "${route.httpMethod} ${path} is missing from the OpenAPI document"
            Set<String> codes = (operation.responses as Map).keySet()
            assert codes.any { it.startsWith('2') }: "${method} ${path} documents no success"
            if (path.startsWith('/api/') && !(path in SIGN_IN_ROUTES)) {
                assert '401' in codes: "${method} ${path} does not document its 401"
            }
            if (path.startsWith('/api/auth/')) {
                assert '429' in codes: "${method} ${path} is rate limited but does not document its 429"
            }
            if (path.startsWith('/api/admin/')) {
                assert '403' in codes: "${method} ${path} does not document its 403"
            }
            if (path.contains('{id}')) {
                assert '404' in codes: "${method} ${path} does not document its 404"
            }
            if (route.httpMethod in [HttpMethod.POST, HttpMethod.PATCH, HttpMethod.PUT] && operation.requestBody) {
                assert '400' in codes: "${method} ${path} takes a body but does not document its 400"
            }
        }
    }

    void "the document names the body of a queued test mail, so that a client can follow it by its id"() {
        when:
        Map doc = new Yaml().load(get('/swagger/turgus-1.0.yml').text) as Map
        Map queued = doc.paths['/api/admin/mail/test'].post.responses['202'] as Map

        then:
        queued.content['application/json'].schema['$ref'] == '#/components/schemas/TestMailQueued'
        doc.components.schemas.TestMailQueued.required == ['id']
    }

    void "the document declares bearer tokens"() {
        when:
        Map doc = new Yaml().load(get('/swagger/turgus-1.0.yml').text) as Map

        then:
        doc.components.securitySchemes.bearerAuth.type == 'http'
        doc.components.securitySchemes.bearerAuth.scheme == 'bearer'
        doc.paths['/api/me'].get.security
        !doc.paths['/api/auth/login'].post.security
    }
}

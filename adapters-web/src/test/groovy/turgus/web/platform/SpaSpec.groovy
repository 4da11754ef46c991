package turgus.web.platform

import io.micronaut.runtime.server.EmbeddedServer
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import java.net.http.HttpClient as JdkHttpClient
import java.net.http.HttpRequest as JdkHttpRequest
import java.net.http.HttpResponse as JdkHttpResponse
import java.util.zip.GZIPInputStream
import spock.lang.Unroll
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

/** The single-page app: its files, and its client routes loading the app. */
@MicronautTest(transactional = false)
class SpaSpec extends WebSpec {
    static final String BROWSER_ACCEPT = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8'
    static final String MARKER = 'data-test="spa-index"'

    @Inject
    EmbeddedServer server

    /** A plain JDK client: it neither asks for nor unpacks compression by itself. */
    JdkHttpResponse<byte[]> raw(String path, Map<String, String> headers) {
        def request = JdkHttpRequest.newBuilder(server.URI.resolve(path))
        headers.each { name, value -> request.header(name, value) }
        JdkHttpClient.newHttpClient().send(request.build(), JdkHttpResponse.BodyHandlers.ofByteArray())
    }

    void "the app's page is served at the root, to anyone"() {
        when:
        Reply reply = get('/', null, [Accept: BROWSER_ACCEPT])

        then:
        reply.status == 200
        reply.contentType.startsWith('text/html')
        reply.text.contains(MARKER)
    }

    void "the app's files are served as they are, with a long cache for hashed assets"() {
        when:
        Reply reply = get('/assets/app-test.js')

        then:
        reply.status == 200
        reply.text.contains('turgus test app')
        reply.header('Cache-Control') == 'public, max-age=31536000, immutable'
    }

    @Unroll
    void "the app's page #path is never taken from a cache without asking"() {
        when:
        Reply reply = get(path, null, [Accept: BROWSER_ACCEPT])

        then:
        reply.status == 200
        reply.text.contains(MARKER)
        reply.header('Cache-Control') == 'no-cache'

        where:
        path << ['/', '/index.html']
    }

    void "an asset goes out gzipped to a browser that takes gzip, and plain to one that does not"() {
        given:
        byte[] original = getClass().getResource('/public/assets/app-test-large.js').bytes

        when:
        def gzipped = raw('/assets/app-test-large.js', ['Accept-Encoding': 'gzip'])
        def plain = raw('/assets/app-test-large.js', [:])

        then:
        gzipped.statusCode() == 200
        gzipped.headers().firstValue('Content-Encoding').orElse(null) == 'gzip'
        gzipped.headers().firstValue('Cache-Control').orElse(null) == 'public, max-age=31536000, immutable'
        gzipped.body().length < original.length / 2
        new GZIPInputStream(new ByteArrayInputStream(gzipped.body())).bytes == original

        plain.statusCode() == 200
        plain.headers().firstValue('Content-Encoding').isEmpty()
        plain.body() == original
    }

    @Unroll
    void "the client route #path loads the app, anonymously"() {
        when:
        Reply reply = get(path, null, [Accept: BROWSER_ACCEPT])

        then:
        reply.status == 200
        reply.contentType.startsWith('text/html')
        reply.text.contains(MARKER)
        reply.header('Cache-Control') == 'no-cache'
        reply.header('Content-Security-Policy').startsWith("default-src 'self'")

        where:
        path << ['/account/profile', '/admin/products', '/products/12', '/login', '/cart',
                 '/account/email/revert?token=abc123']
    }

    void "a client route with a token loads the app too"() {
        expect:
        get('/account/profile', customer.accessToken, [Accept: BROWSER_ACCEPT]).text.contains(MARKER)
    }

    @Unroll
    void "#path is not the app but a JSON 404, even for a browser"() {
        when:
        Reply reply = get(path, customer.accessToken, [Accept: BROWSER_ACCEPT])

        then:
        reply.status == 404
        reply.json == [code: 404, message: 'Not found']

        where:
        path << ['/api/nope', '/api/admin/nope', '/docs/nope', '/media/nope', '/swagger/nope.yml', '/assets/missing.js', '/favicon.ico']
    }

    void "an unknown API path is a JSON 404 without a token too (every route is listed in /docs anyway)"() {
        when:
        Reply reply = get('/api/nope', null, [Accept: BROWSER_ACCEPT])

        then:
        reply.status == 404
        reply.json == [code: 404, message: 'Not found']
    }

    void "a client asking for JSON gets a 404 instead of the page"() {
        when:
        Reply reply = get('/account/profile', null, [Accept: 'application/json'])

        then:
        reply.status == 404
        reply.json.code == 404
    }

    void "only GET loads the app"() {
        expect:
        post('/account/profile', [a: 1], customer.accessToken, [Accept: BROWSER_ACCEPT]).status in [401, 404, 405]
    }
}

package turgus.web.platform

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

/** A server built without the SPA says so instead of failing. */
@MicronautTest(transactional = false)
class SpaNotBuiltSpec extends WebSpec {

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.spa.index': 'classpath:public/not-there.html']
    }

    void "a client route answers a small page saying the app was not built"() {
        when:
        Reply reply = get('/account/profile', null, [Accept: 'text/html'])

        then:
        reply.status == 200
        reply.contentType.startsWith('text/html')
        reply.text.contains('The web app was not built into this server')
        reply.text.contains('/docs')
    }
}

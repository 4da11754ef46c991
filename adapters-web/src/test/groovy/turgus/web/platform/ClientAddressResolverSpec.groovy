package turgus.web.platform

import io.micronaut.http.HttpRequest
import io.micronaut.http.MutableHttpRequest
import spock.lang.Specification
import spock.lang.Unroll

class ClientAddressResolverSpec extends Specification {

    HttpRequest<?> request(String from, String forwardedFor) {
        MutableHttpRequest<?> real = HttpRequest.GET('/api/auth/login')
        if (forwardedFor != null) {
            real.header('X-Forwarded-For', forwardedFor)
        }
        Stub(HttpRequest) {
            getRemoteAddress() >> new InetSocketAddress(InetAddress.getByName(from), 50000)
            getHeaders() >> real.headers
        }
    }

    @Unroll
    void "a request from #from with X-Forwarded-For '#header' comes from #expected when trusting '#trusted'"() {
        expect:
        new ClientAddressResolver(trusted).resolve(request(from, header)) == expected

        where:
        trusted               | from          | header                     | expected
        ''                    | '192.0.2.10'  | null                       | '192.0.2.10'
        ''                    | '192.0.2.10'  | '203.0.113.5'              | '192.0.2.10'
        ''                    | '127.0.0.1'   | '203.0.113.5'              | '127.0.0.1'
        '10.0.0.2'            | '10.0.0.2'    | '203.0.113.5'              | '203.0.113.5'
        '10.0.0.2'            | '10.0.0.2'    | '6.6.6.6, 203.0.113.5'     | '203.0.113.5'
        '10.0.0.2, 10.0.0.3'  | '10.0.0.3'    | null                       | '10.0.0.3'
        '10.0.0.2'            | '10.0.0.9'    | '203.0.113.5'              | '10.0.0.9'
    }
}

package turgus.web.security

import com.nimbusds.jose.crypto.MACVerifier
import com.nimbusds.jwt.SignedJWT
import io.micronaut.context.ApplicationContext
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.WebSpec

/** A configured signing secret is the one tokens are signed with; a short one stops the start. */
@MicronautTest(transactional = false)
class SigningSecretSpec extends WebSpec {
    static final String SECRET = 'a-configured-secret-of-at-least-32-bytes!!'

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.jwt-secret': SECRET]
    }

    void "tokens are signed with the configured secret"() {
        when:
        SignedJWT token = SignedJWT.parse(customer.accessToken)

        then:
        token.verify(new MACVerifier(SECRET.bytes))
    }

    void "a secret shorter than 32 bytes stops the start"() {
        when:
        ApplicationContext.run(TestDatabase.properties() + ['shop.jwt-secret': 'too-short', 'shop.demo-data': 'false',
                                                            'micronaut.server.port': '-1'])

        then:
        Exception failure = thrown()
        rootCause(failure).message.contains('at least 32 bytes')
    }

    private static Throwable rootCause(Throwable failure) {
        Throwable cause = failure
        while (cause.cause != null && cause.cause != cause) {
            cause = cause.cause
        }
        cause
    }
}

package turgus.web.security

import com.nimbusds.jose.JWSAlgorithm
import com.nimbusds.jose.JWSHeader
import com.nimbusds.jose.crypto.MACSigner
import com.nimbusds.jose.util.Base64URL
import com.nimbusds.jwt.JWTClaimsSet
import com.nimbusds.jwt.PlainJWT
import com.nimbusds.jwt.SignedJWT
import groovy.json.JsonOutput
import groovy.json.JsonSlurper
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import spock.lang.Unroll
import turgus.application.security.port.in.SigningSecretQuery
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

import java.nio.charset.StandardCharsets
import java.security.SecureRandom
import java.time.Instant

/** Every way of calling a protected endpoint without a valid token gets the same 401. */
@MicronautTest(transactional = false)
class TokenAbuseSpec extends WebSpec {
    static final String UNAUTHORIZED = '{"code":401,"message":"Unauthorized"}'

    @Inject
    SigningSecretQuery signingSecrets

    void "a valid token opens the door"() {
        expect:
        get('/api/me', customer.accessToken).status == 200
    }

    @Unroll
    void "#description is a 401 with the exact body and a Bearer challenge"() {
        when:
        Reply reply = get(path, null, headers(this))

        then:
        reply.status == 401
        reply.text == UNAUTHORIZED
        reply.header('WWW-Authenticate') == 'Bearer'
        reply.contentType.startsWith('application/json')

        where:
        description                        | path                   | headers
        'no token'                         | '/api/me'              | { [:] }
        'no token on an admin endpoint'    | '/api/admin/products'  | { [:] }
        'garbage'                          | '/api/me'              | { bearer('not-a-token') }
        'three garbage parts'              | '/api/me'              | { bearer('aaa.bbb.ccc') }
        'an empty bearer'                  | '/api/me'              | { [Authorization: 'Bearer '] }
        'basic auth'                       | '/api/me'              | { [Authorization: 'Basic ' + 'a:b'.bytes.encodeBase64()] }
        'an unsigned alg:none token'       | '/api/me'              | { bearer(it.unsigned(it.claims(it.customer.id, ['CUSTOMER', 'ADMIN']))) }
        'an alg:none admin token'          | '/api/admin/products'  | { bearer(it.unsigned(it.claims(it.admin.id, ['CUSTOMER', 'ADMIN']))) }
        'a token signed with another key'  | '/api/me'              | { bearer(it.signed(it.claims(it.customer.id, ['CUSTOMER']), it.randomKey())) }
        'an expired token'                 | '/api/me'              | { bearer(it.signed(it.claims(it.customer.id, ['CUSTOMER'], Instant.now().minusSeconds(60)), it.realKey())) }
        'a tampered roles claim'           | '/api/admin/products'  | { bearer(it.withRoles(it.customer.accessToken, ['CUSTOMER', 'ADMIN'])) }
        'a tampered subject'               | '/api/me'              | { bearer(it.withSubject(it.customer.accessToken, String.valueOf(it.admin.id))) }
        'a token with its signature cut'   | '/api/me'              | { bearer(it.customer.accessToken.substring(0, it.customer.accessToken.lastIndexOf('.') + 1)) }
    }

    void "a token signed with the real key but changed roles is refused, while the untouched one works"() {
        given:
        String forged = withRoles(customer.accessToken, ['CUSTOMER', 'ADMIN'])

        expect:
        get('/api/admin/products', customer.accessToken).status == 403
        get('/api/admin/products', forged).status == 401
    }

    void "a token signed with the shop's key for a live session is accepted, which shows the expired case failed for its time"() {
        given:
        String fresh = signed(claims(customer.id, ['CUSTOMER'], Instant.now().plusSeconds(300), sessionOf(customer.accessToken)), realKey())

        expect:
        get('/api/me', fresh).status == 200
    }

    void "a well-signed token naming a session that does not exist is a 401 with the exact body"() {
        given:
        String unknownSession = signed(claims(customer.id, ['CUSTOMER']), realKey())
        String noSession = signed(new JWTClaimsSet.Builder(claims(customer.id, ['CUSTOMER'])).claim('sid', null).build(), realKey())

        expect:
        [unknownSession, noSession].every { token ->
            Reply reply = get('/api/me', token)
            reply.status == 401 && reply.text == UNAUTHORIZED && reply.header('WWW-Authenticate') == 'Bearer'
        }
    }

    @Unroll
    void "a token whose session was ended by #how is a 401 with the exact body on the very next request"() {
        given:
        def user = newUser()
        def other = signIn(user)

        when:
        end(this, user, other)
        Reply reply = get('/api/me', user.accessToken)

        then:
        reply.status == 401
        reply.text == UNAUTHORIZED
        reply.header('WWW-Authenticate') == 'Bearer'

        where:
        how                      | end
        'logout'                 | { spec, u, o -> assert spec.post('/api/auth/logout', null, u.accessToken).status == 204 }
        'a password change'      | { spec, u, o -> assert spec.post('/api/me/password', [oldPassword: PASSWORD, newPassword: 'New-password-5&', newPasswordConfirmation: 'New-password-5&'], o.accessToken).status == 204 }
        'signing it out'         | { spec, u, o -> assert spec.delete("/api/me/sessions/${sessionOf(u.accessToken)}", o.accessToken).status == 204 }
    }

    // --- forging helpers ------------------------------------------------------------------

    private static Map<String, String> bearer(String token) {
        [Authorization: 'Bearer ' + token]
    }

    JWTClaimsSet claims(long userId, List<String> roles, Instant expires = Instant.now().plusSeconds(600),
                        String session = UUID.randomUUID().toString()) {
        new JWTClaimsSet.Builder()
                .subject(String.valueOf(userId))
                .claim('roles', roles)
                .claim('sid', session)
                .issueTime(Date.from(Instant.now().minusSeconds(900)))
                .notBeforeTime(Date.from(Instant.now().minusSeconds(900)))
                .expirationTime(Date.from(expires))
                .build()
    }

    String unsigned(JWTClaimsSet claims) {
        new PlainJWT(claims).serialize()
    }

    String signed(JWTClaimsSet claims, byte[] key) {
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims)
        jwt.sign(new MACSigner(key))
        jwt.serialize()
    }

    byte[] randomKey() {
        byte[] key = new byte[48]
        new SecureRandom().nextBytes(key)
        key
    }

    byte[] realKey() {
        signingSecrets.signingSecret(Optional.empty()).getBytes(StandardCharsets.UTF_8)
    }

    String withRoles(String token, List<String> roles) {
        changePayload(token) { it.roles = roles }
    }

    String withSubject(String token, String subject) {
        changePayload(token) { it.sub = subject }
    }

    private static String changePayload(String token, Closure change) {
        String[] parts = token.split('\\.')
        Map payload = new JsonSlurper().parseText(new String(Base64URL.from(parts[1]).decode(), StandardCharsets.UTF_8)) as Map
        change(payload)
        parts[0] + '.' + Base64URL.encode(JsonOutput.toJson(payload)).toString() + '.' + parts[2]
    }
}

package turgus.web.security

import com.nimbusds.jwt.SignedJWT
import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Unroll
import turgus.domain.account.AccountStatus
import turgus.domain.account.Role
import turgus.web.testing.Reply
import turgus.web.testing.TestUser
import turgus.web.testing.WebSpec

@MicronautTest(transactional = false)
class LoginSpec extends WebSpec {

    void "a customer signs in with email and password and gets a bearer token pair"() {
        given:
        TestUser user = createAccount()

        when:
        Reply reply = post('/api/auth/login', [username: user.email, password: user.password],
                null, ['User-Agent': 'LoginSpec/1.0'])

        then:
        reply.status == 200
        reply.json.keySet() == ['access_token', 'refresh_token', 'token_type', 'expires_in', 'username', 'roles'] as Set
        reply.json.token_type == 'Bearer'
        reply.json.expires_in == 900
        reply.json.username == user.email
        reply.json.roles == ['CUSTOMER']
        reply.json.refresh_token.length() >= 43
        reply.header('Cache-Control') == 'no-store'
    }

    void "the access token is signed with HS256 and carries the user id, roles, session and email"() {
        given:
        TestUser user = createAccount(EnumSet.of(Role.ADMIN, Role.CUSTOMER))

        when:
        Reply reply = post('/api/auth/login', [username: user.email, password: user.password])
        SignedJWT token = SignedJWT.parse(reply.json.access_token as String)
        def claims = token.JWTClaimsSet

        then:
        token.header.algorithm.name == 'HS256'
        claims.subject == String.valueOf(user.id)
        claims.getStringListClaim('roles') as Set == ['ADMIN', 'CUSTOMER'] as Set
        claims.getStringClaim('sid')
        claims.getStringClaim('email') == user.email
        (claims.expirationTime.time - claims.issueTime.time) == 900_000L
    }

    @Unroll
    void "a customer can sign in with the phone number written as #how"() {
        given:
        TestUser user = createAccount()
        String digits = user.phone.substring(2)
        String typed = writing(digits)

        when:
        Reply reply = post('/api/auth/login', [username: typed, password: user.password])

        then:
        reply.status == 200
        reply.json.username == user.email

        where:
        how                           | writing
        'spaces, brackets and dashes' | { d -> '+7 (' + d[0..2] + ') ' + d[3..5] + '-' + d[6..7] + '-' + d[8..9] }
        'dialled at home with 8'      | { d -> '8 (' + d[0..2] + ') ' + d[3..5] + '-' + d[6..7] + '-' + d[8..9] }
        'digits after 7, no plus'     | { d -> '7' + d }
    }

    void "the email is found whatever its letter case"() {
        given:
        TestUser user = createAccount()

        expect:
        post('/api/auth/login', [username: user.email.toUpperCase(), password: user.password]).status == 200
    }

    void "an unknown name and a wrong password get exactly the same answer"() {
        given:
        TestUser user = createAccount()

        when:
        Reply unknown = post('/api/auth/login', [username: 'nobody-at-all@example.com', password: user.password])
        Reply wrongPassword = post('/api/auth/login', [username: user.email, password: 'Wrong-password-1!'])
        Reply unknownPhone = post('/api/auth/login', [username: '+79990000000', password: user.password])

        then:
        [unknown, wrongPassword, unknownPhone].every { it.status == 401 }
        [unknown, wrongPassword, unknownPhone].every { it.text == '{"code":401,"message":"Invalid credentials. Try again","reason":"INVALID_CREDENTIALS"}' }
        unknown.headers.keySet() == wrongPassword.headers.keySet()
    }

    @Unroll
    void "a #status account is told only after the right password"() {
        given:
        TestUser user = createAccount(EnumSet.of(Role.CUSTOMER), status)

        when:
        Reply right = post('/api/auth/login', [username: user.email, password: user.password])
        Reply wrong = post('/api/auth/login', [username: user.email, password: 'Not-the-password-1!'])

        then:
        right.status == 403
        right.json == [code: 403, message: message, reason: reason] + (details ? [details: details] : [:])
        wrong.status == 401
        wrong.json == [code: 401, message: 'Invalid credentials. Try again', reason: 'INVALID_CREDENTIALS']

        where:
        status                    | message                                                 | reason                | details
        // Blocked without details (as before blocks had them): for good, category OTHER.
        AccountStatus.BLOCKED     | 'This account is blocked. Please contact support.'     | 'ACCOUNT_BLOCKED'     | [category: 'OTHER']
        AccountStatus.DEACTIVATED | 'This account is deactivated. Please contact support.' | 'ACCOUNT_DEACTIVATED' | null
    }

    @Unroll
    void "a login without #missing is a 400 naming the field"() {
        when:
        Reply reply = post('/api/auth/login', body)

        then:
        reply.status == 400
        reply.json.code == 400
        reply.json.errors*.field as Set == fields as Set
        reply.json.errors.every { it.message == 'is required' }

        where:
        missing             | body                                   | fields
        'a username'        | [password: 'Some-password-1!']         | ['username']
        'a password'        | [username: 'someone@example.com']      | ['password']
        'anything'          | [:]                                    | ['username', 'password']
        'a blank username'  | [username: '  ', password: 'x']        | ['username']
        'a blank password'  | [username: 'a@example.com', password: ''] | ['password']
    }

    void "a login with broken JSON is a 400, not a 500"() {
        expect:
        sendRaw('POST', '/api/auth/login', '{"username": "a@example.com", "password": ').status == 400
    }

    void "a login without a body is a 400"() {
        expect:
        sendRaw('POST', '/api/auth/login', '').status == 400
    }

    void "a bad token on the login request does not stop the login"() {
        given:
        TestUser user = createAccount()

        expect:
        post('/api/auth/login', [username: user.email, password: user.password], 'garbage.token.here').status == 200
    }
}

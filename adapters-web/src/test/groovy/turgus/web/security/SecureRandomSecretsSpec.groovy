package turgus.web.security

import spock.lang.Shared
import spock.lang.Specification
import spock.lang.Unroll

class SecureRandomSecretsSpec extends Specification {
    @Shared
    SecureRandomSecrets secrets = new SecureRandomSecrets()

    @Unroll
    void "a token of #bytes bytes is URL-safe base64 of #length characters"() {
        when:
        String token = secrets.token(bytes)

        then:
        token ==~ /[A-Za-z0-9_-]+/
        token.length() == length

        where:
        bytes | length
        16    | 22
        32    | 43
        48    | 64
    }

    void "tokens do not repeat"() {
        expect:
        (1..1000).collect { secrets.token(16) }.toSet().size() == 1000
    }

    void "a token has at least one byte"() {
        when:
        secrets.token(0)

        then:
        thrown(IllegalArgumentException)
    }

    void "a generated password has 20 characters with upper, lower, digit and one of \$%&!:"() {
        expect:
        (1..500).every {
            String password = secrets.password()
            password.length() == 20 &&
                    password =~ /[A-Z]/ &&
                    password =~ /[a-z]/ &&
                    password =~ /[0-9]/ &&
                    password =~ /[$%&!:]/ &&
                    password ==~ /[A-Za-z0-9$%&!:]+/
        }
    }

    void "generated passwords do not repeat"() {
        expect:
        (1..200).collect { secrets.password() }.toSet().size() == 200
    }
}

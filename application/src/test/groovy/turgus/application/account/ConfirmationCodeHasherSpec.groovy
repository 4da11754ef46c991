package turgus.application.account

import spock.lang.Specification
import turgus.application.security.port.out.RandomSecrets
import turgus.application.testing.InMemorySecretStore
import turgus.domain.account.Email
import turgus.domain.account.registration.ConfirmationCode

class ConfirmationCodeHasherSpec extends Specification {
    def secrets = new InMemorySecretStore()
    def random = Stub(RandomSecrets) { token(32) >> 'server-key-' + 'k' * 32 }
    def hasher = new ConfirmationCodeHasher(secrets, random)
    def ann = Email.of('ann@example.com')
    def code = new ConfirmationCode('123456')

    def "a code's hash is an HMAC-SHA256 under a server key created once and shared through the store"() {
        when:
        String first = hasher.hash(ann, code)
        String again = new ConfirmationCodeHasher(secrets, Stub(RandomSecrets)).hash(ann, code)

        then:
        first ==~ /[0-9a-f]{64}/
        again == first
        secrets.created == 1
        secrets.secrets[ConfirmationCodeHasher.KEY_NAME] == 'server-key-' + 'k' * 32
    }

    def "the hash depends on the key, the email and the code"() {
        given:
        def otherKey = new ConfirmationCodeHasher(new InMemorySecretStore(), Stub(RandomSecrets) { token(32) >> 'another-key' })

        expect:
        hasher.hash(ann, code) != hasher.hash(Email.of('bob@example.com'), code)
        hasher.hash(ann, code) != hasher.hash(ann, new ConfirmationCode('123457'))
        hasher.hash(ann, code) != otherKey.hash(ann, code)
    }

    def "a typed code matches only its own stored hash"() {
        given:
        String stored = hasher.hash(ann, code)

        expect:
        hasher.matches(ann, code, stored)
        !hasher.matches(ann, new ConfirmationCode('654321'), stored)
        !hasher.matches(Email.of('bob@example.com'), code, stored)
    }

    def "codes come from a secure source, six digits each"() {
        expect:
        (1..50).collect { new SecureConfirmationCodeSource().next().value() }.every { it ==~ /[0-9]{6}/ }
    }
}

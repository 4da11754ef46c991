package turgus.application.security

import java.util.function.Supplier
import spock.lang.Specification
import turgus.application.security.port.out.RandomSecrets
import turgus.application.security.port.out.SecretStore

class SigningSecretServiceSpec extends Specification {
    def stored = [:]
    def store = new SecretStore() {
        @Override
        String getOrCreate(String name, Supplier<String> generator) {
            stored.computeIfAbsent(name) { generator.get() }
        }
    }
    def random = Stub(RandomSecrets) { token(48) >> 'r' * 64 }
    def service = new SigningSecretService(store, random)

    def "a configured secret of at least 32 bytes is used as it is"() {
        expect:
        service.signingSecret(Optional.of('s' * 32)) == 's' * 32
        stored.isEmpty()
    }

    def "a configured secret shorter than 32 bytes stops the start"() {
        when:
        service.signingSecret(Optional.of('too-short'))

        then:
        def refused = thrown(IllegalStateException)
        refused.message == 'SHOP_JWT_SECRET must be at least 32 bytes long'
    }

    def "without a configured secret one is generated once and kept"() {
        when:
        def first = service.signingSecret(configured)
        def second = service.signingSecret(Optional.empty())

        then:
        first == 'r' * 64
        second == first
        stored[SigningSecretService.NAME] == first

        where:
        configured << [Optional.empty(), Optional.of('   ')]
    }

    def "a token's stored form is its SHA-256 in hex"() {
        expect:
        TokenHash.of('abc') == 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    }
}

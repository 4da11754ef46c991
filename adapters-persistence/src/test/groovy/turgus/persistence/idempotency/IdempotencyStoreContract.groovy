package turgus.persistence.idempotency

import spock.lang.Specification
import turgus.application.idempotency.IdempotencyKey
import turgus.application.idempotency.RequestFingerprint
import turgus.application.idempotency.port.out.IdempotencyStore
import turgus.domain.account.UserId

import java.time.Instant

/** What every {@link IdempotencyStore} promises. Each feature starts empty. */
abstract class IdempotencyStoreContract extends Specification {
    static final UserId ANN = UserId.of(1)
    static final UserId BO = UserId.of(2)
    static final IdempotencyKey KEY = new IdempotencyKey('retry-me')
    static final RequestFingerprint PRINT = RequestFingerprint.of('top-up:10.00')
    static final Instant NOW = Instant.parse('2026-11-21T10:00:00Z')
    static final Instant EXPIRES = NOW.plusSeconds(24 * 3600)

    abstract IdempotencyStore getStore()

    def "a remembered key answers its operation, fingerprint and result until it expires"() {
        when:
        store.remember(ANN, KEY, 'TOP_UP', PRINT, 42, NOW, EXPIRES)

        then:
        store.find(ANN, KEY, NOW.plusSeconds(60)).get() == new IdempotencyStore.Remembered('TOP_UP', PRINT, 42)
        store.find(BO, KEY, NOW).isEmpty()
        store.find(ANN, new IdempotencyKey('other'), NOW).isEmpty()
        store.find(ANN, KEY, EXPIRES).isEmpty()
    }

    def "an expired key can be used again"() {
        given:
        store.remember(ANN, KEY, 'TOP_UP', PRINT, 42, NOW, EXPIRES)

        when:
        store.remember(ANN, KEY, 'CHECKOUT', RequestFingerprint.of('checkout'), 7, EXPIRES, EXPIRES.plusSeconds(3600))

        then:
        store.find(ANN, KEY, EXPIRES).get().resultId() == 7
    }

    def "purging forgets expired keys only"() {
        given:
        store.remember(ANN, KEY, 'TOP_UP', PRINT, 1, NOW, NOW.plusSeconds(10))
        store.remember(BO, KEY, 'TOP_UP', PRINT, 2, NOW, EXPIRES)

        expect:
        store.purgeExpired(NOW.plusSeconds(10)) == 1
        store.find(BO, KEY, NOW).isPresent()
    }
}

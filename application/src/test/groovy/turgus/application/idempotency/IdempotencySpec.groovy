package turgus.application.idempotency

import spock.lang.Specification
import turgus.application.testing.InMemoryIdempotencyStore
import turgus.application.testing.MutableClock
import turgus.domain.account.UserId
import turgus.domain.shared.InvalidValueException

import java.time.Duration

class IdempotencySpec extends Specification {
    static final UserId ANN = UserId.of(1)
    static final RequestFingerprint TEN = RequestFingerprint.of('top-up:10.00')

    MutableClock clock = new MutableClock()
    InMemoryIdempotencyStore store = new InMemoryIdempotencyStore()
    Idempotency idempotency = new Idempotency(store, clock)
    Optional<IdempotencyKey> key = IdempotencyKey.fromHeader('k-1')

    def "a request without a key is never deduplicated"() {
        when:
        idempotency.remember(ANN, Optional.empty(), 'TOP_UP', TEN, 7)

        then:
        store.keys.isEmpty()
        idempotency.earlierResult(ANN, Optional.empty(), 'TOP_UP', TEN).isEmpty()
    }

    def "the same key with #what #answer"() {
        given:
        idempotency.remember(ANN, key, 'TOP_UP', TEN, 7)

        when:
        OptionalLong earlier = idempotency.earlierResult(ANN, key, operation, RequestFingerprint.of(canonical))

        then:
        earlier.asLong == 7

        where:
        what                  | operation | canonical      | answer
        'the same request'    | 'TOP_UP'  | 'top-up:10.00' | 'answers the first result'
    }

    def "the same key with #what is refused"() {
        given:
        idempotency.remember(ANN, key, 'TOP_UP', TEN, 7)

        when:
        idempotency.earlierResult(ANN, key, operation, RequestFingerprint.of(canonical))

        then:
        thrown(IdempotencyKeyReusedException)

        where:
        what                 | operation  | canonical
        'another amount'     | 'TOP_UP'   | 'top-up:10.01'
        'another operation'  | 'CHECKOUT' | 'top-up:10.00'
    }

    def "a key is remembered for 24 hours, then forgotten and purged"() {
        given:
        idempotency.remember(ANN, key, 'TOP_UP', TEN, 7)

        when:
        clock.advance(Duration.ofHours(24).minusSeconds(1))

        then:
        idempotency.earlierResult(ANN, key, 'TOP_UP', TEN).isPresent()

        when:
        clock.advance(Duration.ofSeconds(1))

        then:
        idempotency.earlierResult(ANN, key, 'TOP_UP', TEN).isEmpty()
        idempotency.purgeExpired() == 1
    }

    def "a key of #length characters is #verdict"() {
        expect:
        accepted == (tryKey('x' * length))

        where:
        length | accepted
        1      | true
        255    | true
        256    | false
        0      | false
        verdict = accepted ? 'accepted' : 'refused'
    }

    def "a fingerprint is the SHA-256 of the canonical request"() {
        expect:
        RequestFingerprint.of('abc').sha256() == 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
    }

    def "a stored fingerprint of #what is #verdict"() {
        expect:
        accepted == tryFingerprint(sha256)

        where:
        what                      | sha256         || accepted
        '64 lower-case hex digits' | 'ab' * 32      || true
        '63 digits'               | 'a' * 63       || false
        '65 digits'               | 'a' * 65       || false
        'upper-case digits'       | 'AB' * 32      || false
        'a letter past f'         | 'g' + 'a' * 63 || false
        verdict = accepted ? 'accepted' : 'refused'
    }

    private static boolean tryFingerprint(String sha256) {
        try {
            new RequestFingerprint(sha256)
            true
        } catch (IllegalArgumentException ignored) {
            false
        }
    }

    private static boolean tryKey(String value) {
        try {
            IdempotencyKey.fromHeader(value)
            true
        } catch (InvalidValueException ignored) {
            false
        }
    }
}

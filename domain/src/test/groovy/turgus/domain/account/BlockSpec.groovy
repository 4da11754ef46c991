package turgus.domain.account

import spock.lang.Specification
import turgus.domain.shared.InvalidValueException

import java.time.Duration
import java.time.Instant

class BlockSpec extends Specification {
    static final Instant NOW = Instant.parse('2026-12-01T10:00:00Z')

    def "a block for #reasonText with until #until and category #category: #outcome"() {
        when:
        Block block = Block.of(until, reasonText, category, NOW)

        then:
        block.reason() == reasonText.strip()
        block.category() == expectedCategory
        block.until() == until

        where:
        reasonText       | until                          | category             || expectedCategory
        'spam links'     | null                           | null                 || BlockCategory.OTHER
        '  chargebacks ' | NOW + Duration.ofDays(7)       | BlockCategory.FRAUD  || BlockCategory.FRAUD
        'x' * 500        | NOW + Duration.ofSeconds(1)    | BlockCategory.SPAM   || BlockCategory.SPAM

        outcome = 'allowed'
    }

    def "a block is refused, naming #fields, for reason #reasonText and until #until"() {
        when:
        Block.of(until, reasonText, BlockCategory.ABUSE, NOW)

        then:
        InvalidValueException refused = thrown()
        refused.errors()*.field() == fields

        where:
        reasonText | until                         || fields
        null       | null                          || ['reason']
        '   '      | null                          || ['reason']
        'x' * 501  | null                          || ['reason']
        'ok'       | NOW                           || ['until']
        'ok'       | NOW - Duration.ofMinutes(1)   || ['until']
        ''         | NOW - Duration.ofMinutes(1)   || ['reason', 'until']
    }

    def "a block with an end has ended from that instant on; one for good never ends"() {
        given:
        Block timed = Block.of(NOW + Duration.ofHours(1), 'cool down', null, NOW)
        Block forGood = Block.of(null, 'fraud', BlockCategory.FRAUD, NOW)

        expect:
        timed.hasEndedAt(at) == ended
        !forGood.hasEndedAt(at)

        where:
        at                                              || ended
        NOW                                             || false
        NOW + Duration.ofHours(1) - Duration.ofNanos(1) || false
        NOW + Duration.ofHours(1)                       || true
        NOW + Duration.ofDays(30)                       || true
    }
}

package turgus.application.mail

import java.time.Duration
import spock.lang.Specification

class MailRetryPolicySpec extends Specification {
    static final Duration GIVE_UP = null

    def "a failed mail is tried again after 1 minute, 5 minutes, 30 minutes, 2 hours, then every 6 hours, and given up after the 10th attempt"() {
        expect:
        MailRetryPolicy.DEFAULT.waitAfter(failedAttempts).orElse(GIVE_UP) == wait

        where:
        failedAttempts || wait
        1              || minutes(1)
        2              || minutes(5)
        3              || minutes(30)
        4              || hours(2)
        5              || hours(6)
        6              || hours(6)
        9              || hours(6)
        10             || GIVE_UP
        11             || GIVE_UP
        1_000          || GIVE_UP
    }

    def "the retries of the default policy span about a day and a half"() {
        expect:
        (1..9).sum { MailRetryPolicy.DEFAULT.waitAfter(it).get() } == hours(32) + minutes(36)
    }

    def "configured delays apply in order, the last repeating, until the configured attempts are spent"() {
        given:
        def policy = new MailRetryPolicy(delays, maxAttempts)

        expect:
        policy.waitAfter(failedAttempts).orElse(GIVE_UP) == wait

        where:
        delays                     | maxAttempts | failedAttempts || wait
        [seconds(10), minutes(1)]  | 4           | 1              || seconds(10)
        [seconds(10), minutes(1)]  | 4           | 2              || minutes(1)
        [seconds(10), minutes(1)]  | 4           | 3              || minutes(1)
        [seconds(10), minutes(1)]  | 4           | 4              || GIVE_UP
        [minutes(1)]               | 1           | 1              || GIVE_UP
        [hours(1), minutes(1)]     | 3           | 2              || minutes(1)
    }

    def "only a failed attempt asks for a retry"() {
        when:
        MailRetryPolicy.DEFAULT.waitAfter(0)

        then:
        thrown(IllegalArgumentException)
    }

    def "a policy that could not wait, or would never try, is refused: #why"() {
        when:
        new MailRetryPolicy(delays, maxAttempts)

        then:
        thrown(IllegalArgumentException)

        where:
        delays                     | maxAttempts || why
        []                         | 5           || 'no delay'
        [minutes(1), Duration.ZERO] | 5          || 'a delay of no time'
        [seconds(-1)]              | 5           || 'a negative delay'
        [minutes(1), null]         | 5           || 'a missing delay'
        [minutes(1)]               | 0           || 'no attempt at all'
    }

    static Duration seconds(long n) { Duration.ofSeconds(n) }

    static Duration minutes(long n) { Duration.ofMinutes(n) }

    static Duration hours(long n) { Duration.ofHours(n) }
}

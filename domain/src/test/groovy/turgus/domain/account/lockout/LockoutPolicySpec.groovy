package turgus.domain.account.lockout

import java.time.Duration
import spock.lang.Specification

class LockoutPolicySpec extends Specification {
    static final Duration NO_LOCK = null

    def "the 3rd failure in a row locks for 5 minutes, the 4th for 1 hour, the 5th and every further one for 24 hours"() {
        expect:
        LockoutPolicy.DEFAULT.lockFor(failures).orElse(NO_LOCK) == lock

        where:
        failures || lock
        0        || NO_LOCK
        1        || NO_LOCK
        2        || NO_LOCK
        3        || minutes(5)
        4        || hours(1)
        5        || hours(24)
        6        || hours(24)
        7        || hours(24)
        8        || hours(24)
        1_000    || hours(24)
    }

    def "configured steps apply from the configured failure on, the last step repeating"() {
        given:
        def policy = new LockoutPolicy(threshold, steps)

        expect:
        policy.lockFor(failures).orElse(NO_LOCK) == lock

        where:
        threshold | steps                        | failures || lock
        5         | [minutes(1), minutes(10)]    | 4        || NO_LOCK
        5         | [minutes(1), minutes(10)]    | 5        || minutes(1)
        5         | [minutes(1), minutes(10)]    | 6        || minutes(10)
        5         | [minutes(1), minutes(10)]    | 7        || minutes(10)
        1         | [Duration.ofSeconds(30)]     | 1        || Duration.ofSeconds(30)
        1         | [Duration.ofSeconds(30)]     | 9        || Duration.ofSeconds(30)
        2         | [hours(24), minutes(5)]      | 2        || hours(24)
        2         | [hours(24), minutes(5)]      | 3        || minutes(5)
    }

    def "a policy that could not lock, or would lock for no time, is refused: #why"() {
        when:
        new LockoutPolicy(threshold, steps)

        then:
        thrown(IllegalArgumentException)

        where:
        threshold | steps                                || why
        0         | [minutes(5)]                         || 'no failure to count from'
        3         | []                                   || 'no step'
        3         | [minutes(5), Duration.ZERO]          || 'a step of no time'
        3         | [minutes(5), Duration.ofSeconds(-1)] || 'a negative step'
        3         | [minutes(5), null]                   || 'a missing step'
    }

    def "a policy keeps its own copy of the steps"() {
        given:
        def steps = [minutes(5)]
        def policy = new LockoutPolicy(3, steps)

        when:
        steps << hours(1)

        then:
        policy.steps() == [minutes(5)]
        LockoutPolicy.DEFAULT.threshold() == 3
        LockoutPolicy.DEFAULT.steps() == [minutes(5), hours(1), hours(24)]
    }

    def "the steps are needed"() {
        when:
        new LockoutPolicy(3, null)

        then:
        thrown(NullPointerException)
    }

    static Duration minutes(long n) { Duration.ofMinutes(n) }

    static Duration hours(long n) { Duration.ofHours(n) }
}

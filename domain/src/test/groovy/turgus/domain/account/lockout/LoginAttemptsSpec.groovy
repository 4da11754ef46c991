package turgus.domain.account.lockout

import java.time.Duration
import java.time.Instant
import spock.lang.Specification

class LoginAttemptsSpec extends Specification {
    static final Instant T0 = Instant.parse('2026-11-22T10:00:00Z')
    static final Duration NO_LOCK = null

    def "failure #failures in a row, each tried once the previous lock lifted, locks for #lock"() {
        given:
        def attempts = LoginAttempts.NONE
        def at = T0

        when:
        failures.times {
            at = attempts.lockedUntilAt(at).orElse(at)
            attempts = attempts.afterFailure(at, LockoutPolicy.DEFAULT)
        }

        then:
        attempts.consecutiveFailures() == failures
        attempts.lockedUntilAt(at).map { Duration.between(at, it) }.orElse(NO_LOCK) == lock

        where:
        failures || lock
        1        || NO_LOCK
        2        || NO_LOCK
        3        || minutes(5)
        4        || hours(1)
        5        || hours(24)
        6        || hours(24)
        7        || hours(24)
        8        || hours(24)
    }

    def "one more failure at #at counts and locks from that moment: #before → #after"() {
        expect:
        before.afterFailure(at, policy) == after

        where:
        before                                  | at            | policy                                             || after
        LoginAttempts.NONE                      | T0            | LockoutPolicy.DEFAULT                              || attempts(1, null)
        attempts(2, null)                       | T0            | LockoutPolicy.DEFAULT                              || attempts(3, T0 + minutes(5))
        attempts(3, T0 - seconds(1))            | T0            | LockoutPolicy.DEFAULT                              || attempts(4, T0 + hours(1))
        attempts(2, null)                       | T0            | new LockoutPolicy(2, [seconds(30)])                || attempts(3, T0 + seconds(30))
        attempts(1, T0 - hours(1))              | T0            | LockoutPolicy.DEFAULT                              || attempts(2, T0 - hours(1))
    }

    def "a failure recorded while locked never shortens the lock, though it may lengthen it"() {
        expect:
        before.afterFailure(at, policy) == after

        where:
        before                      | at              | policy                                           || after
        attempts(3, T0 + hours(24)) | T0 + minutes(1) | new LockoutPolicy(3, [hours(24), minutes(5)])    || attempts(4, T0 + hours(24))
        attempts(5, T0 + hours(24)) | T0 + hours(1)   | LockoutPolicy.DEFAULT                            || attempts(6, T0 + hours(25))
        attempts(3, T0 + minutes(5))| T0 + minutes(1) | LockoutPolicy.DEFAULT                            || attempts(4, T0 + minutes(61))
    }

    def "a lock set at T0 for 5 minutes holds at #at (#secondsLeft s to wait) and lifts by itself exactly at its end"() {
        given:
        def attempts = attempts(3, T0 + minutes(5))

        expect:
        attempts.isLockedAt(at) == locked
        attempts.retryAfterSeconds(at) == secondsLeft
        attempts.lockedUntilAt(at).isPresent() == locked

        where:
        at                                       || locked | secondsLeft
        T0                                       || true   | 300
        T0 + seconds(1)                          || true   | 299
        T0 + Duration.ofMillis(1)                || true   | 300
        T0 + minutes(4) + Duration.ofMillis(58_999) || true | 2
        T0 + minutes(4) + seconds(59)            || true   | 1
        T0 + minutes(5) - Duration.ofNanos(1)    || true   | 1
        T0 + minutes(5)                          || false  | 0
        T0 + minutes(5) + Duration.ofNanos(1)    || false  | 0
        T0 + hours(1)                            || false  | 0
    }

    def "nobody is locked without failures, nor below the threshold"() {
        expect:
        !attempts.isLockedAt(T0)
        attempts.retryAfterSeconds(T0) == 0
        attempts.lockedUntilAt(T0).isEmpty()

        where:
        attempts << [LoginAttempts.NONE, attempts(2, null), LoginAttempts.NONE.afterFailure(T0, LockoutPolicy.DEFAULT)]
    }

    def "the count goes on after a lock lifts: only a success, a reset or an admin's unlock clears it"() {
        given:
        def locked = attempts(5, T0 + hours(24))

        when:
        def cleared = locked.cleared()

        then:
        cleared == LoginAttempts.NONE
        !cleared.isLockedAt(T0)
        cleared.afterFailure(T0, LockoutPolicy.DEFAULT) == attempts(1, null)

        and: 'without clearing, the next failure after the lock lifted locks for 24 hours again'
        locked.afterFailure(T0 + hours(24), LockoutPolicy.DEFAULT) == attempts(6, T0 + hours(48))
    }

    def "failures in a row are never negative"() {
        when:
        attempts(-1, null)

        then:
        thrown(IllegalArgumentException)
    }

    static LoginAttempts attempts(int failures, Instant lockedUntil) {
        new LoginAttempts(failures, lockedUntil)
    }

    static Duration seconds(long n) { Duration.ofSeconds(n) }

    static Duration minutes(long n) { Duration.ofMinutes(n) }

    static Duration hours(long n) { Duration.ofHours(n) }
}

package turgus.persistence.account

import turgus.domain.account.PhoneFormat
import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.LoginAttemptsRepository
import turgus.application.account.port.out.LoginKey
import turgus.domain.account.UserId
import turgus.domain.account.lockout.LockoutPolicy
import turgus.domain.account.lockout.LoginAttempts

import java.time.Duration
import java.time.Instant

import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.Race.atOnce

/** What every {@link LoginAttemptsRepository} promises, racing callers included. */
abstract class LoginAttemptsRepositoryContract extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')
    static final LockoutPolicy POLICY = LockoutPolicy.DEFAULT

    abstract LoginAttemptsRepository getAttempts()

    abstract AccountRepository getAccounts()

    UserId customer

    def setup() {
        customer = accounts.add(anAccount().build()).id()
    }

    def "a key with no failure has no attempts"() {
        expect:
        attempts.find(LoginKey.of(customer)) == LoginAttempts.NONE
        attempts.find(LoginKey.ofUnknownName('ghost@example.com', PhoneFormat.DEFAULT)) == LoginAttempts.NONE
    }

    def "failures are counted one by one and lock as the policy says"() {
        given:
        LoginKey key = LoginKey.of(customer)

        when:
        List<LoginAttempts> answers = (0..3).collect { attempts.recordFailure(key, NOW + Duration.ofSeconds(it), POLICY) }

        then:
        answers*.consecutiveFailures() == [1, 2, 3, 4]
        answers[0].lockedUntil() == null
        answers[1].lockedUntil() == null
        answers[2].lockedUntil() == NOW + Duration.ofSeconds(2) + Duration.ofMinutes(5)
        answers[3].lockedUntil() == NOW + Duration.ofSeconds(3) + Duration.ofHours(1)
        attempts.find(key) == answers[3]
    }

    def "a lock in force is never shortened by a later, shorter step"() {
        given:
        LoginKey key = LoginKey.ofUnknownName('+79990000000', PhoneFormat.DEFAULT)
        def shortSteps = new LockoutPolicy(1, [Duration.ofSeconds(10)])
        attempts.recordFailure(key, NOW, new LockoutPolicy(1, [Duration.ofHours(24)]))

        when:
        LoginAttempts after = attempts.recordFailure(key, NOW + Duration.ofMinutes(1), shortSteps)

        then:
        after.lockedUntil() == NOW + Duration.ofHours(24)
        attempts.find(key).lockedUntil() == NOW + Duration.ofHours(24)
    }

    def "keys are counted apart"() {
        when:
        attempts.recordFailure(LoginKey.of(customer), NOW, POLICY)
        attempts.recordFailure(LoginKey.ofUnknownName('a@example.com', PhoneFormat.DEFAULT), NOW, POLICY)
        attempts.recordFailure(LoginKey.ofUnknownName('a@example.com', PhoneFormat.DEFAULT), NOW, POLICY)

        then:
        attempts.find(LoginKey.of(customer)).consecutiveFailures() == 1
        attempts.find(LoginKey.ofUnknownName('A@example.com', PhoneFormat.DEFAULT)).consecutiveFailures() == 2
        attempts.find(LoginKey.ofUnknownName('b@example.com', PhoneFormat.DEFAULT)) == LoginAttempts.NONE
    }

    def "clearing forgets the failures and lifts the lock; counting starts again"() {
        given:
        LoginKey key = LoginKey.of(customer)
        3.times { attempts.recordFailure(key, NOW, POLICY) }

        when:
        attempts.clear(key)

        then:
        attempts.find(key) == LoginAttempts.NONE

        when:
        LoginAttempts again = attempts.recordFailure(key, NOW, POLICY)

        then:
        again == new LoginAttempts(1, null)
    }

    def "clearing a key that never failed is harmless"() {
        when:
        attempts.clear(LoginKey.ofUnknownName('never@example.com', PhoneFormat.DEFAULT))

        then:
        attempts.find(LoginKey.ofUnknownName('never@example.com', PhoneFormat.DEFAULT)) == LoginAttempts.NONE
    }

    def "#callers failures racing on a new #kind key are all counted"() {
        given:
        LoginKey key = kind == 'account' ? LoginKey.of(customer) : LoginKey.ofUnknownName("race-${UUID.randomUUID()}@example.com", PhoneFormat.DEFAULT)

        when:
        List<Object> answers = atOnce(callers) { attempts.recordFailure(key, NOW, POLICY) }

        then:
        answers.every { it instanceof LoginAttempts }
        (answers as List<LoginAttempts>)*.consecutiveFailures().sort() == (1..callers).toList()
        attempts.find(key).consecutiveFailures() == callers
        attempts.find(key).lockedUntil() == NOW + Duration.ofHours(24)

        where:
        kind       | callers
        'account'  | 12
        'unknown'  | 12
    }

    def "failures racing on a key that already failed are all counted too"() {
        given:
        LoginKey key = LoginKey.of(customer)
        attempts.recordFailure(key, NOW, POLICY)

        when:
        atOnce(8) { attempts.recordFailure(key, NOW, POLICY) }

        then:
        attempts.find(key).consecutiveFailures() == 9
    }

    def "stale names are forgotten: old, unlocked and matching no account"() {
        given:
        LockoutPolicy oneDay = new LockoutPolicy(2, [Duration.ofHours(24)])
        attempts.recordFailure(LoginKey.ofUnknownName('old@example.com', PhoneFormat.DEFAULT), NOW, POLICY)
        2.times { attempts.recordFailure(LoginKey.ofUnknownName('locked@example.com', PhoneFormat.DEFAULT), NOW, oneDay) }
        attempts.recordFailure(LoginKey.of(customer), NOW, POLICY)
        attempts.recordFailure(LoginKey.ofUnknownName('recent@example.com', PhoneFormat.DEFAULT), NOW + Duration.ofHours(2), POLICY)

        when:
        int forgotten = attempts.forgetStaleNames(NOW + Duration.ofHours(1), NOW + Duration.ofHours(3))

        then:
        forgotten == 1
        attempts.find(LoginKey.ofUnknownName('old@example.com', PhoneFormat.DEFAULT)) == LoginAttempts.NONE
        attempts.find(LoginKey.ofUnknownName('locked@example.com', PhoneFormat.DEFAULT)).consecutiveFailures() == 2
        attempts.find(LoginKey.ofUnknownName('recent@example.com', PhoneFormat.DEFAULT)).consecutiveFailures() == 1
        attempts.find(LoginKey.of(customer)).consecutiveFailures() == 1

        and: 'a forgotten name counts again from the start'
        attempts.recordFailure(LoginKey.ofUnknownName('old@example.com', PhoneFormat.DEFAULT), NOW + Duration.ofHours(3), POLICY).consecutiveFailures() == 1
    }

    def "failures keep being counted while stale names are forgotten at the same time"() {
        given:
        LoginKey key = LoginKey.ofUnknownName("busy-${UUID.randomUUID()}@example.com", PhoneFormat.DEFAULT)

        when:
        List<Object> answers = atOnce(12) { int n ->
            n % 3 == 0 ? attempts.forgetStaleNames(NOW + Duration.ofDays(1), NOW + Duration.ofDays(2)) : attempts.recordFailure(key, NOW, POLICY)
        }

        then:
        answers.every { !(it instanceof Throwable) }
    }
}

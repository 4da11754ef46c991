package turgus.application.testing

import java.time.Instant
import turgus.application.account.port.out.LoginAttemptsRepository
import turgus.application.account.port.out.LoginKey
import turgus.domain.account.lockout.LockoutPolicy
import turgus.domain.account.lockout.LoginAttempts

/** Login attempts in a map, counted under one lock as the database does under a row lock. */
class InMemoryLoginAttempts implements LoginAttemptsRepository {
    final Map<String, LoginAttempts> byKey = [:]

    @Override
    synchronized LoginAttempts find(LoginKey key) {
        byKey.getOrDefault(key.value(), LoginAttempts.NONE)
    }

    @Override
    synchronized LoginAttempts recordFailure(LoginKey key, Instant now, LockoutPolicy policy) {
        def after = find(key).afterFailure(now, policy)
        byKey[key.value()] = after
        lastFailures[key.value()] = now
        after
    }

    @Override
    synchronized void clear(LoginKey key) {
        byKey[key.value()] = LoginAttempts.NONE
    }

    final Map<String, Instant> lastFailures = [:]

    @Override
    synchronized int forgetStaleNames(Instant before, Instant now) {
        def stale = byKey.keySet().findAll { key ->
            key.startsWith('name:') && lastFailures[key]?.isBefore(before) && !byKey[key].isLockedAt(now)
        }
        stale.each { byKey.remove(it) }
        stale.size()
    }

    synchronized void lock(LoginKey key, int failures, Instant until) {
        byKey[key.value()] = new LoginAttempts(failures, until)
        lastFailures[key.value()] = Instant.EPOCH
    }
}

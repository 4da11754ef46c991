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
        after
    }

    @Override
    synchronized void clear(LoginKey key) {
        byKey[key.value()] = LoginAttempts.NONE
    }

    synchronized void lock(LoginKey key, int failures, Instant until) {
        byKey[key.value()] = new LoginAttempts(failures, until)
    }
}

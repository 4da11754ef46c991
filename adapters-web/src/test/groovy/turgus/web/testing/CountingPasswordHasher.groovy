package turgus.web.testing

import io.micronaut.context.annotation.Replaces
import jakarta.inject.Singleton
import turgus.application.account.port.out.PasswordHasher
import turgus.web.security.BcryptPasswordHasher
import turgus.web.security.PasswordHashingPool

import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/**
 * The real bcrypt hasher (on the real hashing pool), counting how often a password is checked (a real or a stand-in check), so
 * that a spec can tell that no hashing work was done, without measuring time.
 */
@Singleton
@Replaces(BcryptPasswordHasher)
class CountingPasswordHasher implements PasswordHasher {
    private final BcryptPasswordHasher bcrypt
    final AtomicInteger checks = new AtomicInteger()
    /** The names of the threads that asked for a check or a hash (the request threads). */
    final Set<String> callerThreads = ConcurrentHashMap.newKeySet()
    /** When set, every check waits here until as many have started, as racing logins would. */
    volatile CyclicBarrier hold

    CountingPasswordHasher(PasswordHashingPool pool) {
        bcrypt = new BcryptPasswordHasher(pool)
    }

    @Override
    String hash(String password) {
        callerThreads << Thread.currentThread().name
        bcrypt.hash(password)
    }

    @Override
    boolean matches(String password, String hash) {
        checks.incrementAndGet()
        callerThreads << Thread.currentThread().name
        hold?.await(30, TimeUnit.SECONDS)
        bcrypt.matches(password, hash)
    }

    @Override
    void spendComparableTime(String password) {
        checks.incrementAndGet()
        callerThreads << Thread.currentThread().name
        hold?.await(30, TimeUnit.SECONDS)
        bcrypt.spendComparableTime(password)
    }
}

package turgus.web.testing

import io.micronaut.context.annotation.Replaces
import io.micronaut.context.annotation.Value
import jakarta.inject.Singleton
import turgus.application.account.port.out.PasswordHasher
import turgus.web.security.BcryptPasswordHasher
import turgus.web.security.PasswordHashingPool

import java.nio.charset.StandardCharsets
import java.security.MessageDigest
import java.util.concurrent.ConcurrentHashMap
import java.util.concurrent.CyclicBarrier
import java.util.concurrent.TimeUnit
import java.util.concurrent.atomic.AtomicInteger

/**
 * The real bcrypt hasher (on the real hashing pool), counting how often a password is checked (a real or a stand-in check), so
 * that a spec can tell that no hashing work was done, without measuring time.
 *
 * <p>With {@code turgus.test.fast-hashing=true} it hashes with one round of SHA-256 instead: for a
 * spec that sends thousands of sign-ins and registrations to test what happens around the hash,
 * not the hash (bcrypt at cost 12 takes a quarter of a second a call here).
 */
@Singleton
@Replaces(BcryptPasswordHasher)
class CountingPasswordHasher implements PasswordHasher {
    private final BcryptPasswordHasher bcrypt
    final AtomicInteger checks = new AtomicInteger()
    @Value('${turgus.test.fast-hashing:false}')
    boolean fast
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
        fast ? FAST + sha256(password) : bcrypt.hash(password)
    }

    @Override
    boolean matches(String password, String hash) {
        checks.incrementAndGet()
        callerThreads << Thread.currentThread().name
        hold?.await(30, TimeUnit.SECONDS)
        hash.startsWith(FAST) ? hash == FAST + sha256(password) : bcrypt.matches(password, hash)
    }

    @Override
    void spendComparableTime(String password) {
        checks.incrementAndGet()
        callerThreads << Thread.currentThread().name
        hold?.await(30, TimeUnit.SECONDS)
        if (fast) {
            sha256(password)
        } else {
            bcrypt.spendComparableTime(password)
        }
    }

    private static final String FAST = 'sha256:'

    private static String sha256(String password) {
        MessageDigest.getInstance('SHA-256').digest(password.getBytes(StandardCharsets.UTF_8)).encodeHex().toString()
    }
}

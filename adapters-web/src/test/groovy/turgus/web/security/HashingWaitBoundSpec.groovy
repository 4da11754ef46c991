package turgus.web.security

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import spock.lang.Timeout
import turgus.web.testing.Reply
import turgus.web.testing.TestUser

import java.util.concurrent.TimeUnit

/**
 * A password check that cannot start within the wait bound is refused with 503 SERVER_BUSY, and
 * the refusal counts for nothing against the account.
 */
@MicronautTest(transactional = false)
@Timeout(120)
class HashingWaitBoundSpec extends HashingPoolWebSpec {
    static final long MAX_WAIT_MS = 400

    @Override
    long maxWaitMs() {
        MAX_WAIT_MS
    }

    void "a check that waits in line longer than the bound is refused, and a refused wrong password does not count towards a lockout"() {
        given:
        TestUser user = createAccount()
        occupy(false)

        when: 'three wrong passwords, each waiting in line behind the busy thread'
        List<Long> took = []
        List<Reply> replies = (1..3).collect {
            long start = System.nanoTime()
            Reply reply = login(user.email, 'Wrong-password-1!')
            took << TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)
            reply
        }

        then: 'each waited the bound, then was refused'
        replies.each { busyAnswer(it) }
        took.every { it >= MAX_WAIT_MS - 20 }

        when:
        releases*.countDown()
        Reply later = eventuallyAnswered { login(user.email, user.password) }

        then: 'no failure was counted: no lock'
        later.status == 200
    }
}

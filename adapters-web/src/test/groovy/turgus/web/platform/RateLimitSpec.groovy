package turgus.web.platform

import io.micronaut.test.extensions.spock.annotation.MicronautTest
import jakarta.inject.Inject
import turgus.web.platform.ratelimit.AuthRateLimiter
import turgus.web.platform.ratelimit.LocalAuthRateLimiter
import turgus.web.platform.ratelimit.SharedAuthRateLimiter
import turgus.persistence.testing.TestDatabase
import turgus.web.testing.Reply
import turgus.web.testing.WebSpec

/** The sign-in routes hold one client address to shop.auth-rate-limit requests a minute. */
@MicronautTest(transactional = false)
class RateLimitSpec extends WebSpec {
    static final int LIMIT = 5

    @Inject
    AuthRateLimiter limiter

    @Override
    protected Map<String, Object> extraProperties() {
        ['shop.auth-rate-limit': LIMIT]
    }

    void "the request after the limit is a 429 that says how long to wait, on #db"() {
        when:
        List<Reply> answers = (1..LIMIT + 1).collect { post('/api/auth/password/forgot', [email: "someone-${it}@example.com"]) }

        then:
        answers.take(LIMIT).every { it.status == 202 }
        Reply refused = answers.last()
        refused.status == 429
        refused.json.code == 429
        refused.json.message.startsWith('Too many requests')
        (refused.json.retryAfterSeconds as int) in 1..60
        (refused.header('Retry-After') as int) == (refused.json.retryAfterSeconds as int)

        and: 'every sign-in route shares the bucket, a login too'
        post('/api/auth/login', [username: 'x@example.com', password: 'whatever']).status == 429

        and: 'the rest of the API is not limited'
        get('/api/products').status == 401

        where:
        db = TestDatabase.describe()
    }

    void "the buckets are shared through the database on PostgreSQL and kept in memory on H2, on #db"() {
        expect:
        limiter.class == (TestDatabase.postgreSql ? SharedAuthRateLimiter : LocalAuthRateLimiter)

        where:
        db = TestDatabase.describe()
    }
}

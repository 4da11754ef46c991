package turgus.persistence.account

import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.PasswordResetTokenRepository
import turgus.application.account.port.out.PasswordResetTokenRepository.ResetToken
import turgus.application.security.TokenHash
import turgus.domain.account.UserId

import java.time.Duration
import java.time.Instant

import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.Race.atOnce

/** What every {@link PasswordResetTokenRepository} promises. */
abstract class PasswordResetTokenRepositoryContract extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')
    static final Duration VALIDITY = Duration.ofMinutes(15)

    abstract PasswordResetTokenRepository getResets()

    abstract AccountRepository getAccounts()

    UserId customer

    def setup() {
        customer = accounts.add(anAccount().build()).id()
    }

    def "a stored link is usable by its hash until it expires"() {
        given:
        resets.store(new ResetToken(TokenHash.of('link'), customer, NOW, NOW + VALIDITY))

        expect:
        resets.findUsable(TokenHash.of('link'), NOW).get() == customer
        resets.findUsable(TokenHash.of('link'), NOW + VALIDITY - Duration.ofSeconds(1)).get() == customer
        resets.findUsable(TokenHash.of('link'), NOW + VALIDITY).isEmpty()
        resets.findUsable(TokenHash.of('other'), NOW).isEmpty()
    }

    def "a link is used once"() {
        given:
        resets.store(new ResetToken(TokenHash.of('once'), customer, NOW, NOW + VALIDITY))

        expect:
        resets.use(TokenHash.of('once'), NOW + Duration.ofMinutes(1))
        !resets.use(TokenHash.of('once'), NOW + Duration.ofMinutes(2))
        resets.findUsable(TokenHash.of('once'), NOW + Duration.ofMinutes(2)).isEmpty()
    }

    def "an expired or unknown link cannot be used"() {
        given:
        resets.store(new ResetToken(TokenHash.of('late'), customer, NOW, NOW + VALIDITY))

        expect:
        !resets.use(TokenHash.of('late'), NOW + VALIDITY)
        !resets.use(TokenHash.of('never-stored'), NOW)
    }

    def "of #callers uses racing with the same link exactly one succeeds"() {
        given:
        resets.store(new ResetToken(TokenHash.of('contested'), customer, NOW, NOW + VALIDITY))

        when:
        List<Object> answers = atOnce(callers) { resets.use(TokenHash.of('contested'), NOW) }

        then:
        answers.count { it == true } == 1
        answers.count { it == false } == callers - 1

        where:
        callers = 8
    }

    def "a newer link makes the older unused ones of the same account unusable"() {
        given:
        UserId other = accounts.add(anAccount().build()).id()
        resets.store(new ResetToken(TokenHash.of('first'), customer, NOW, NOW + VALIDITY))
        resets.store(new ResetToken(TokenHash.of('second'), customer, NOW, NOW + VALIDITY))
        resets.store(new ResetToken(TokenHash.of('theirs'), other, NOW, NOW + VALIDITY))

        when:
        int invalidated = resets.invalidateAll(customer, NOW)

        then:
        invalidated == 2
        resets.findUsable(TokenHash.of('first'), NOW).isEmpty()
        resets.findUsable(TokenHash.of('second'), NOW).isEmpty()
        resets.findUsable(TokenHash.of('theirs'), NOW).get() == other
    }

    def "expired links are deleted, live ones kept"() {
        given:
        resets.store(new ResetToken(TokenHash.of('old'), customer, NOW - Duration.ofHours(1), NOW - Duration.ofMinutes(45)))
        resets.store(new ResetToken(TokenHash.of('edge'), customer, NOW - VALIDITY, NOW))
        resets.store(new ResetToken(TokenHash.of('live'), customer, NOW, NOW + VALIDITY))

        expect:
        resets.deleteExpired(NOW) == 2
        resets.findUsable(TokenHash.of('live'), NOW).isPresent()
        resets.deleteExpired(NOW) == 0
    }
}

package turgus.persistence.account

import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.EmailRevertTokenRepository
import turgus.application.account.port.out.EmailRevertTokenRepository.RevertToken
import turgus.application.security.TokenHash
import turgus.domain.account.Email
import turgus.domain.account.UserId

import java.time.Duration
import java.time.Instant

import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.Race.atOnce

/** What every {@link EmailRevertTokenRepository} promises. */
abstract class EmailRevertTokenRepositoryContract extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')
    static final Duration VALIDITY = Duration.ofDays(7)
    static final Email PREVIOUS = Email.of('before@example.com')

    abstract EmailRevertTokenRepository getReverts()

    abstract AccountRepository getAccounts()

    UserId customer

    def setup() {
        customer = accounts.add(anAccount().build()).id()
    }

    RevertToken link(String token, UserId owner = customer, Instant createdAt = NOW, Instant expiresAt = NOW + VALIDITY) {
        new RevertToken(TokenHash.of(token), owner, PREVIOUS, createdAt, expiresAt)
    }

    def "a stored link is found by its hash, with the account and the email it restores, until it expires"() {
        given:
        reverts.store(link('undo'))

        expect:
        with(reverts.findUsable(TokenHash.of('undo'), NOW).get()) {
            tokenHash() == TokenHash.of('undo')
            userId() == customer
            previousEmail() == PREVIOUS
            createdAt() == NOW
            expiresAt() == NOW + VALIDITY
        }
        reverts.findUsable(TokenHash.of('undo'), NOW + VALIDITY - Duration.ofSeconds(1)).isPresent()
        reverts.findUsable(TokenHash.of('undo'), NOW + VALIDITY).isEmpty()
        reverts.findUsable(TokenHash.of('other'), NOW).isEmpty()
    }

    def "a link is used once"() {
        given:
        reverts.store(link('once'))

        expect:
        reverts.use(TokenHash.of('once'), NOW + Duration.ofDays(1))
        !reverts.use(TokenHash.of('once'), NOW + Duration.ofDays(2))
        reverts.findUsable(TokenHash.of('once'), NOW + Duration.ofDays(2)).isEmpty()
    }

    def "an expired or unknown link cannot be used"() {
        given:
        reverts.store(link('late'))

        expect:
        !reverts.use(TokenHash.of('late'), NOW + VALIDITY)
        !reverts.use(TokenHash.of('never-stored'), NOW)
    }

    def "of #callers uses racing with the same link exactly one succeeds"() {
        given:
        reverts.store(link('contested'))

        when:
        List<Object> answers = atOnce(callers) { reverts.use(TokenHash.of('contested'), NOW) }

        then:
        answers.count { it == true } == 1
        answers.count { it == false } == callers - 1

        where:
        callers << [2, 8]
    }

    def "each change keeps its own link; cancelling the account's links leaves others' alone"() {
        given:
        UserId other = accounts.add(anAccount().build()).id()
        reverts.store(link('first'))
        reverts.store(link('second'))
        reverts.store(link('theirs', other))

        expect:
        reverts.findUsable(TokenHash.of('first'), NOW).isPresent()
        reverts.findUsable(TokenHash.of('second'), NOW).isPresent()

        when:
        int invalidated = reverts.invalidateAll(customer, NOW)

        then:
        invalidated == 2
        reverts.findUsable(TokenHash.of('first'), NOW).isEmpty()
        reverts.findUsable(TokenHash.of('second'), NOW).isEmpty()
        reverts.findUsable(TokenHash.of('theirs'), NOW).get().userId() == other
    }

    def "expired links are deleted, live ones kept"() {
        given:
        reverts.store(link('old', customer, NOW - Duration.ofDays(8), NOW - Duration.ofDays(1)))
        reverts.store(link('edge', customer, NOW - VALIDITY, NOW))
        reverts.store(link('live'))

        expect:
        reverts.deleteExpired(NOW) == 2
        reverts.findUsable(TokenHash.of('live'), NOW).isPresent()
        reverts.deleteExpired(NOW) == 0
    }
}

package turgus.persistence.account

import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.SingleUseTokenStore
import turgus.application.account.port.out.SingleUseTokenStore.SingleUseToken
import turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose
import turgus.application.security.TokenHash
import turgus.domain.account.Email
import turgus.domain.account.UserId

import java.time.Duration
import java.time.Instant

import static turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose.EMAIL_REVERT
import static turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose.PASSWORD_RESET
import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.Race.atOnce

/**
 * What every {@link SingleUseTokenStore} promises, for reset links (valid 15 minutes) and email-undo
 * links (valid 7 days, with the email they restore) alike.
 */
abstract class SingleUseTokenStoreContract extends Specification {
    static final Instant NOW = Instant.parse('2026-11-21T12:00:00Z')
    static final Map<TokenPurpose, Duration> VALIDITY = [(PASSWORD_RESET): Duration.ofMinutes(15),
                                                         (EMAIL_REVERT)  : Duration.ofDays(7)]
    static final Email PREVIOUS = Email.of('before@example.com')

    abstract SingleUseTokenStore getTokens()

    abstract AccountRepository getAccounts()

    UserId customer

    def setup() {
        customer = accounts.add(anAccount().build()).id()
    }

    SingleUseToken link(TokenPurpose purpose, String token, UserId owner = customer, Instant createdAt = NOW,
                        Instant expiresAt = NOW + VALIDITY[purpose]) {
        purpose == EMAIL_REVERT
                ? SingleUseToken.emailRevert(TokenHash.of(token), owner, PREVIOUS, createdAt, expiresAt)
                : SingleUseToken.passwordReset(TokenHash.of(token), owner, createdAt, expiresAt)
    }

    def "a stored #purpose link is usable by its hash until it expires"() {
        given:
        Duration validity = VALIDITY[purpose]
        tokens.store(link(purpose, 'link'))

        expect:
        tokens.findUsable(purpose, TokenHash.of('link'), NOW).get().userId() == customer
        tokens.findUsable(purpose, TokenHash.of('link'), NOW + validity - Duration.ofSeconds(1)).get().userId() == customer
        tokens.findUsable(purpose, TokenHash.of('link'), NOW + validity).isEmpty()
        tokens.findUsable(purpose, TokenHash.of('other'), NOW).isEmpty()

        where:
        purpose << TokenPurpose.values()
    }

    def "an undo link is found by its hash, with the account and the email it restores"() {
        given:
        tokens.store(link(EMAIL_REVERT, 'undo'))

        expect:
        with(tokens.findUsable(EMAIL_REVERT, TokenHash.of('undo'), NOW).get()) {
            purpose() == EMAIL_REVERT
            tokenHash() == TokenHash.of('undo')
            userId() == customer
            previousEmail() == PREVIOUS
            createdAt() == NOW
            expiresAt() == NOW + VALIDITY[EMAIL_REVERT]
        }
    }

    def "a reset link carries no email"() {
        given:
        tokens.store(link(PASSWORD_RESET, 'reset'))

        expect:
        tokens.findUsable(PASSWORD_RESET, TokenHash.of('reset'), NOW).get().previousEmail() == null
    }

    def "a link of one purpose never serves as the other"() {
        given:
        tokens.store(link(PASSWORD_RESET, 'reset'))
        tokens.store(link(EMAIL_REVERT, 'undo'))

        expect:
        tokens.findUsable(EMAIL_REVERT, TokenHash.of('reset'), NOW).isEmpty()
        tokens.findUsable(PASSWORD_RESET, TokenHash.of('undo'), NOW).isEmpty()
        !tokens.use(EMAIL_REVERT, TokenHash.of('reset'), NOW)
        !tokens.use(PASSWORD_RESET, TokenHash.of('undo'), NOW)
        tokens.findUsable(PASSWORD_RESET, TokenHash.of('reset'), NOW).isPresent()
        tokens.findUsable(EMAIL_REVERT, TokenHash.of('undo'), NOW).isPresent()
    }

    def "a #purpose link is used once"() {
        given:
        tokens.store(link(purpose, 'once'))

        expect:
        tokens.use(purpose, TokenHash.of('once'), NOW + Duration.ofMinutes(1))
        !tokens.use(purpose, TokenHash.of('once'), NOW + Duration.ofMinutes(2))
        tokens.findUsable(purpose, TokenHash.of('once'), NOW + Duration.ofMinutes(2)).isEmpty()

        where:
        purpose << TokenPurpose.values()
    }

    def "an expired or unknown #purpose link cannot be used"() {
        given:
        tokens.store(link(purpose, 'late'))

        expect:
        !tokens.use(purpose, TokenHash.of('late'), NOW + VALIDITY[purpose])
        !tokens.use(purpose, TokenHash.of('never-stored'), NOW)

        where:
        purpose << TokenPurpose.values()
    }

    def "of #callers uses racing with the same #purpose link exactly one succeeds"() {
        given:
        tokens.store(link(purpose, 'contested'))

        when:
        List<Object> answers = atOnce(callers) { tokens.use(purpose, TokenHash.of('contested'), NOW) }

        then:
        answers.count { it == true } == 1
        answers.count { it == false } == callers - 1

        where:
        purpose        | callers
        PASSWORD_RESET | 8
        EMAIL_REVERT   | 2
        EMAIL_REVERT   | 8
    }

    def "cancelling an account's #purpose links leaves other accounts' and other purposes' alone"() {
        given:
        TokenPurpose otherPurpose = purpose == PASSWORD_RESET ? EMAIL_REVERT : PASSWORD_RESET
        UserId other = accounts.add(anAccount().build()).id()
        tokens.store(link(purpose, 'first'))
        tokens.store(link(purpose, 'second'))
        tokens.store(link(purpose, 'theirs', other))
        tokens.store(link(otherPurpose, 'kept'))

        expect:
        tokens.findUsable(purpose, TokenHash.of('first'), NOW).isPresent()
        tokens.findUsable(purpose, TokenHash.of('second'), NOW).isPresent()

        when:
        int invalidated = tokens.invalidateAll(purpose, customer, NOW)

        then:
        invalidated == 2
        tokens.findUsable(purpose, TokenHash.of('first'), NOW).isEmpty()
        tokens.findUsable(purpose, TokenHash.of('second'), NOW).isEmpty()
        tokens.findUsable(purpose, TokenHash.of('theirs'), NOW).get().userId() == other
        tokens.findUsable(otherPurpose, TokenHash.of('kept'), NOW).get().userId() == customer

        where:
        purpose << TokenPurpose.values()
    }

    def "expired #purpose links are deleted, live ones and other purposes' kept"() {
        given:
        TokenPurpose otherPurpose = purpose == PASSWORD_RESET ? EMAIL_REVERT : PASSWORD_RESET
        Duration validity = VALIDITY[purpose]
        tokens.store(link(purpose, 'old', customer, NOW - validity - Duration.ofMinutes(1), NOW - Duration.ofMinutes(1)))
        tokens.store(link(purpose, 'edge', customer, NOW - validity, NOW))
        tokens.store(link(purpose, 'live'))
        tokens.store(link(otherPurpose, 'other-old', customer, NOW - Duration.ofDays(30), NOW - Duration.ofDays(20)))

        expect:
        tokens.deleteExpired(purpose, NOW) == 2
        tokens.findUsable(purpose, TokenHash.of('live'), NOW).isPresent()
        tokens.deleteExpired(purpose, NOW) == 0
        tokens.deleteExpired(otherPurpose, NOW) == 1

        where:
        purpose << TokenPurpose.values()
    }
}

package turgus.persistence.account

import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.SessionRepository
import turgus.application.security.TokenHash
import turgus.domain.account.UserId

import java.time.Instant

import static turgus.persistence.testing.AccountBuilder.anAccount

/** What every {@link SessionRepository} promises. */
abstract class SessionRepositoryContract extends Specification {
    public static final Instant SIGNED_IN_AT = Instant.parse('2026-11-21T12:00:00Z')

    abstract SessionRepository getSessions()

    abstract AccountRepository getAccounts()

    UserId customer

    def setup() {
        customer = accounts.add(anAccount().build()).id()
    }

    def "an opened session is named by a UUID and is active"() {
        when:
        String id = sessions.open(customer, TokenHash.of('refresh-1'), 'Firefox 130', '203.0.113.7', SIGNED_IN_AT)

        then:
        UUID.fromString(id).toString() == id
        sessions.isActive(id)
    }

    def "every session gets an id of its own"() {
        when:
        Set<String> ids = (1..5).collect {
            sessions.open(customer, TokenHash.of("refresh-${it}"), 'curl/8', '198.51.100.1', SIGNED_IN_AT)
        } as Set

        then:
        ids.size() == 5
        ids.every { sessions.isActive(it) }
    }

    def "a session may come without user agent and address"() {
        when:
        String id = sessions.open(customer, TokenHash.of('refresh-anonymous'), null, null, SIGNED_IN_AT)

        then:
        sessions.isActive(id)
    }

    def "an unknown session is not active: #sessionId"() {
        expect:
        !sessions.isActive(sessionId)

        where:
        sessionId << [UUID.randomUUID().toString(), 'not-a-uuid', '', null]
    }
}

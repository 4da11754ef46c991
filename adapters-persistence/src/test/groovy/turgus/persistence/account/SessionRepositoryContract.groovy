package turgus.persistence.account

import spock.lang.Specification
import turgus.application.account.port.out.AccountRepository
import turgus.application.account.port.out.ActiveSession
import turgus.application.account.port.out.SessionRepository
import turgus.application.security.TokenHash
import turgus.domain.account.UserId

import java.time.Duration
import java.time.Instant

import static turgus.persistence.testing.AccountBuilder.anAccount
import static turgus.persistence.testing.Race.atOnce

/** What every {@link SessionRepository} promises. */
abstract class SessionRepositoryContract extends Specification {
    public static final Instant SIGNED_IN_AT = Instant.parse('2026-11-21T12:00:00Z')
    /** A limit no feature reaches, for features about something else. */
    public static final int MANY = 100

    abstract SessionRepository getSessions()

    abstract AccountRepository getAccounts()

    UserId customer

    def setup() {
        customer = accounts.add(anAccount().build()).id()
    }

    def "an opened session is named by a UUID and is active"() {
        when:
        String id = sessions.open(customer, TokenHash.of('refresh-1'), 'Firefox 130', '203.0.113.7', SIGNED_IN_AT, MANY).id()

        then:
        UUID.fromString(id).toString() == id
        sessions.findActive(id).isPresent()
    }

    def "every session gets an id of its own"() {
        when:
        Set<String> ids = (1..5).collect {
            sessions.open(customer, TokenHash.of("refresh-${it}"), 'curl/8', '198.51.100.1', SIGNED_IN_AT, MANY).id()
        } as Set

        then:
        ids.size() == 5
        ids.every { sessions.findActive(it).isPresent() }
    }

    def "a session may come without user agent and address"() {
        when:
        String id = sessions.open(customer, TokenHash.of('refresh-anonymous'), null, null, SIGNED_IN_AT, MANY).id()

        then:
        sessions.findActive(id).isPresent()
    }

    def "an unknown session is not active: #sessionId"() {
        expect:
        !sessions.findActive(sessionId).isPresent()

        where:
        sessionId << [UUID.randomUUID().toString(), 'not-a-uuid', '', null]
    }

    def "a login beyond the limit signs the oldest sessions out, never the new one"() {
        given:
        List<String> ids = (0..2).collect { open(customer, "limit-${it}", it) }

        when:
        SessionRepository.OpenedSession fourth = sessions.open(customer, TokenHash.of('limit-3'), 'Edge', '192.0.2.9', SIGNED_IN_AT + Duration.ofMinutes(3), 3)

        then:
        fourth.signedOut() == [ids[0]]
        !sessions.findActive(ids[0]).isPresent()
        sessions.listActive(customer)*.id() == [fourth.id(), ids[2], ids[1]]
    }

    def "lowering the limit signs out as many of the oldest as needed"() {
        given:
        List<String> ids = (0..3).collect { open(customer, "lower-${it}", it) }

        when:
        SessionRepository.OpenedSession opened = sessions.open(customer, TokenHash.of('lower-new'), null, null, SIGNED_IN_AT + Duration.ofHours(1), 1)

        then:
        opened.signedOut() as Set == ids as Set
        sessions.listActive(customer)*.id() == [opened.id()]
    }

    def "another user's sessions do not count towards the limit"() {
        given:
        UserId other = accounts.add(anAccount().build()).id()
        String theirs = open(other, 'theirs', 0)

        when:
        (1..3).each { open(customer, "mine-${it}", it) }

        then:
        sessions.findActive(theirs).isPresent()
        sessions.listActive(customer).size() == 3
    }

    def "#logins logins of one user racing at once leave exactly #limit active sessions"() {
        when:
        List<Object> opened = atOnce(logins) { int n ->
            sessions.open(customer, TokenHash.of("race-${n}"), 'racer', null, SIGNED_IN_AT + Duration.ofSeconds(n), limit)
        }

        then:
        opened.every { it instanceof SessionRepository.OpenedSession }
        sessions.listActive(customer).size() == limit
        (opened*.signedOut().flatten() as Set).size() == logins - limit

        where:
        logins | limit
        8      | 3
    }

    def "a user's active sessions are listed newest first, with their client and moments"() {
        given:
        String older = open(customer, 'older', 0)
        String newer = sessions.open(customer, TokenHash.of('newer'), 'Firefox 130', '203.0.113.7', SIGNED_IN_AT + Duration.ofMinutes(1), MANY).id()
        String revoked = open(customer, 'revoked', 2)
        sessions.revoke(customer, revoked, SIGNED_IN_AT + Duration.ofMinutes(3))

        when:
        List<ActiveSession> listed = sessions.listActive(customer)

        then:
        listed*.id() == [newer, older]
        listed[0] == new ActiveSession(newer, customer, SIGNED_IN_AT + Duration.ofMinutes(1), SIGNED_IN_AT + Duration.ofMinutes(1), 'Firefox 130', '203.0.113.7')
    }

    def "a refresh token rotates once: the new hash finds the session, the old one only as previous"() {
        given:
        String id = open(customer, 'first', 0)
        Instant later = SIGNED_IN_AT + Duration.ofMinutes(10)

        when:
        boolean rotated = sessions.rotate(id, TokenHash.of('first'), TokenHash.of('second'), later)

        then:
        rotated
        sessions.findActiveByRefreshTokenHash(TokenHash.of('second')).get().id() == id
        sessions.findActiveByRefreshTokenHash(TokenHash.of('second')).get().lastUsedAt() == later
        sessions.findActiveByRefreshTokenHash(TokenHash.of('first')).isEmpty()
        sessions.findActiveByPreviousRefreshTokenHash(TokenHash.of('first')).get().id() == id

        and: 'the old token rotates nothing any more'
        !sessions.rotate(id, TokenHash.of('first'), TokenHash.of('third'), later)
    }

    def "of #callers rotations racing with the same token exactly one succeeds"() {
        given:
        String id = open(customer, 'contested', 0)

        when:
        List<Object> answers = atOnce(callers) { int n -> sessions.rotate(id, TokenHash.of('contested'), TokenHash.of("next-${n}"), SIGNED_IN_AT) }

        then:
        answers.count { it == true } == 1
        answers.count { it == false } == callers - 1

        where:
        callers = 8
    }

    def "an active session is found by its id; a signed-out or unknown one is not"() {
        given:
        String active = sessions.open(customer, TokenHash.of('found'), 'Firefox 130', '203.0.113.7', SIGNED_IN_AT, MANY).id()
        String ended = open(customer, 'ended', 1)
        sessions.revoke(customer, ended, SIGNED_IN_AT + Duration.ofMinutes(2))

        expect:
        sessions.findActive(active).get() == new ActiveSession(active, customer, SIGNED_IN_AT, SIGNED_IN_AT, 'Firefox 130', '203.0.113.7')
        sessions.findActive(ended).isEmpty()
        sessions.findActive(UUID.randomUUID().toString()).isEmpty()
        sessions.findActive(null).isEmpty()
    }

    def "a session's last use moves only when it is older than the given moment"() {
        given:
        String id = open(customer, 'used', 0)
        Instant later = SIGNED_IN_AT + Duration.ofMinutes(5)

        expect: 'not when it was used at or after that moment'
        !sessions.markUsed(id, later, SIGNED_IN_AT)
        sessions.findActive(id).get().lastUsedAt() == SIGNED_IN_AT

        and: 'when it was used before'
        sessions.markUsed(id, later, later - Duration.ofMinutes(1))
        sessions.findActive(id).get().lastUsedAt() == later

        and: 'never back to an earlier moment'
        !sessions.markUsed(id, SIGNED_IN_AT + Duration.ofMinutes(3), SIGNED_IN_AT + Duration.ofMinutes(2))
        sessions.findActive(id).get().lastUsedAt() == later
    }

    def "a signed-out or unknown session's last use does not move"() {
        given:
        String id = open(customer, 'used-then-out', 0)
        sessions.revoke(customer, id, SIGNED_IN_AT)
        Instant later = SIGNED_IN_AT + Duration.ofMinutes(5)

        expect:
        !sessions.markUsed(id, later, later)
        !sessions.markUsed(UUID.randomUUID().toString(), later, later)
        !sessions.markUsed(null, later, later)
    }

    def "of #callers requests racing to note a session's use exactly one writes"() {
        given:
        String id = open(customer, 'busy', 0)
        Instant later = SIGNED_IN_AT + Duration.ofMinutes(5)

        when:
        List<Object> answers = atOnce(callers) { int n -> sessions.markUsed(id, later, later - Duration.ofMinutes(1)) }

        then:
        answers.count { it == true } == 1
        answers.count { it == false } == callers - 1
        sessions.findActive(id).get().lastUsedAt() == later

        where:
        callers = 8
    }

    def "a signed-out session is found by neither token and does not rotate"() {
        given:
        String id = open(customer, 'gone', 0)
        sessions.rotate(id, TokenHash.of('gone'), TokenHash.of('gone-2'), SIGNED_IN_AT)
        sessions.revoke(customer, id, SIGNED_IN_AT)

        expect:
        sessions.findActiveByRefreshTokenHash(TokenHash.of('gone-2')).isEmpty()
        sessions.findActiveByPreviousRefreshTokenHash(TokenHash.of('gone')).isEmpty()
        !sessions.rotate(id, TokenHash.of('gone-2'), TokenHash.of('gone-3'), SIGNED_IN_AT)
    }

    def "a user signs out their own session once; another user's session is not theirs to sign out"() {
        given:
        UserId other = accounts.add(anAccount().build()).id()
        String mine = open(customer, 'mine', 0)
        String theirs = open(other, 'theirs', 0)

        expect:
        !sessions.revoke(customer, theirs, SIGNED_IN_AT)
        sessions.findActive(theirs).isPresent()
        sessions.revoke(customer, mine, SIGNED_IN_AT)
        !sessions.findActive(mine).isPresent()
        !sessions.revoke(customer, mine, SIGNED_IN_AT)
        !sessions.revoke(customer, 'no-such-session', SIGNED_IN_AT)
    }

    def "signing a user out everywhere ends every active session but the one kept"() {
        given:
        UserId other = accounts.add(anAccount().build()).id()
        List<String> mine = (0..2).collect { open(customer, "all-${it}", it) }
        String theirs = open(other, 'all-theirs', 0)

        when:
        List<String> ended = sessions.revokeAll(customer, Optional.of(mine[1]), SIGNED_IN_AT)

        then:
        ended as Set == [mine[0], mine[2]] as Set
        sessions.listActive(customer)*.id() == [mine[1]]
        sessions.findActive(theirs).isPresent()

        when:
        List<String> rest = sessions.revokeAll(customer, Optional.empty(), SIGNED_IN_AT)

        then:
        rest == [mine[1]]
        sessions.listActive(customer).isEmpty()
    }

    protected String open(UserId user, Object token, int minutesLater) {
        sessions.open(user, TokenHash.of(token.toString()), 'Firefox', '203.0.113.1', SIGNED_IN_AT + Duration.ofMinutes(minutesLater), MANY).id()
    }
}

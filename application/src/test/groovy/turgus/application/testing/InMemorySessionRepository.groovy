package turgus.application.testing

import java.time.Instant
import turgus.application.account.port.out.ActiveSession
import turgus.application.account.port.out.SessionRepository
import turgus.domain.account.UserId

/** Sessions in a map, each change under one lock as the database does with its row locks. */
class InMemorySessionRepository implements SessionRepository {
    static class Stored {
        String id
        UserId userId
        String hash
        String previousHash
        String userAgent
        String ip
        Instant createdAt
        Instant lastUsedAt
        Instant revokedAt

        ActiveSession toSession() {
            new ActiveSession(id, userId, createdAt, lastUsedAt, userAgent, ip)
        }
    }

    final Map<String, Stored> byId = new LinkedHashMap<>()
    /** Makes every rotation lose, as if a racing request had rotated the same token first. */
    boolean loseRotations

    @Override
    synchronized OpenedSession open(UserId userId, String refreshTokenHash, String userAgent, String ip, Instant now, int maxActive) {
        String id = UUID.randomUUID().toString()
        byId[id] = new Stored(id: id, userId: userId, hash: refreshTokenHash, userAgent: userAgent, ip: ip,
                createdAt: now, lastUsedAt: now)
        def others = active(userId).findAll { it.id != id }
        def signedOut = others.drop(maxActive - 1)
        signedOut.each { it.revokedAt = now }
        new OpenedSession(id, signedOut*.id)
    }

    /** Whether the session exists and has not been signed out, for the specs' assertions. */
    synchronized boolean isActive(String sessionId) {
        byId[sessionId] != null && byId[sessionId].revokedAt == null
    }

    @Override
    synchronized Optional<ActiveSession> findActive(String sessionId) {
        isActive(sessionId) ? Optional.of(byId[sessionId].toSession()) : Optional.empty()
    }

    /** How many times {@link #markUsed} wrote, to show that it writes rarely. */
    int lastUseWrites

    @Override
    synchronized boolean markUsed(String sessionId, Instant now, Instant usedBefore) {
        def stored = byId[sessionId]
        if (stored == null || stored.revokedAt != null || !stored.lastUsedAt.isBefore(usedBefore)) {
            return false
        }
        stored.lastUsedAt = now
        lastUseWrites++
        true
    }

    @Override
    synchronized Optional<ActiveSession> findActiveByRefreshTokenHash(String refreshTokenHash) {
        Optional.ofNullable(byId.values().find { it.revokedAt == null && it.hash == refreshTokenHash }?.toSession())
    }

    @Override
    synchronized Optional<ActiveSession> findActiveByPreviousRefreshTokenHash(String refreshTokenHash) {
        Optional.ofNullable(byId.values().find { it.revokedAt == null && it.previousHash == refreshTokenHash }?.toSession())
    }

    @Override
    synchronized boolean rotate(String sessionId, String oldHash, String newHash, Instant now) {
        def stored = byId[sessionId]
        if (loseRotations || stored == null || stored.revokedAt != null || stored.hash != oldHash) {
            return false
        }
        stored.previousHash = oldHash
        stored.hash = newHash
        stored.lastUsedAt = now
        true
    }

    @Override
    synchronized List<ActiveSession> listActive(UserId userId) {
        active(userId)*.toSession()
    }

    @Override
    synchronized boolean revoke(UserId userId, String sessionId, Instant now) {
        def stored = byId[sessionId]
        if (stored == null || stored.userId != userId || stored.revokedAt != null) {
            return false
        }
        stored.revokedAt = now
        true
    }

    @Override
    synchronized List<String> revokeAll(UserId userId, Optional<String> keep, Instant now) {
        def ended = active(userId).findAll { !keep.isPresent() || it.id != keep.get() }
        ended.each { it.revokedAt = now }
        ended*.id
    }

    @Override
    synchronized int revokeEveryone(Instant now) {
        def ended = byId.values().findAll { it.revokedAt == null }
        ended.each { it.revokedAt = now }
        ended.size()
    }

    synchronized Stored stored(String id) {
        byId[id]
    }

    private List<Stored> active(UserId userId) {
        byId.values().findAll { it.userId == userId && it.revokedAt == null }
                .sort { a, b -> b.createdAt <=> a.createdAt ?: b.id <=> a.id }
    }
}

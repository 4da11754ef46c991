package turgus.application.testing

import java.time.Instant
import turgus.application.account.port.out.EmailRevertTokenRepository
import turgus.domain.account.UserId

/** Email-undo links in a map, keyed by token hash. */
class InMemoryEmailReverts implements EmailRevertTokenRepository {
    final Map<String, RevertToken> tokens = [:]
    final Map<String, Instant> used = [:]

    @Override
    synchronized void store(RevertToken token) {
        tokens[token.tokenHash()] = token
    }

    @Override
    synchronized Optional<RevertToken> findUsable(String tokenHash, Instant now) {
        def token = tokens[tokenHash]
        Optional.ofNullable(token != null && !used.containsKey(tokenHash) && now.isBefore(token.expiresAt()) ? token : null)
    }

    @Override
    synchronized boolean use(String tokenHash, Instant now) {
        if (findUsable(tokenHash, now).isEmpty()) {
            return false
        }
        used[tokenHash] = now
        true
    }

    @Override
    synchronized int invalidateAll(UserId userId, Instant now) {
        def open = tokens.values().findAll { it.userId() == userId && !used.containsKey(it.tokenHash()) }
        open.each { used[it.tokenHash()] = now }
        open.size()
    }

    @Override
    synchronized int deleteExpired(Instant now) {
        def expired = tokens.values().findAll { !now.isBefore(it.expiresAt()) }
        expired.each { tokens.remove(it.tokenHash()) }
        expired.size()
    }
}

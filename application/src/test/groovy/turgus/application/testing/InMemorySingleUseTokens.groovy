package turgus.application.testing

import java.time.Instant
import turgus.application.account.port.out.SingleUseTokenStore
import turgus.application.account.port.out.SingleUseTokenStore.SingleUseToken
import turgus.application.account.port.out.SingleUseTokenStore.TokenPurpose
import turgus.domain.account.UserId

/** Single-use links in a map, keyed by token hash; {@link #of} shows the links of one purpose. */
class InMemorySingleUseTokens implements SingleUseTokenStore {
    final Map<String, SingleUseToken> tokens = [:]
    final Map<String, Instant> used = [:]

    @Override
    synchronized void store(SingleUseToken token) {
        tokens[token.tokenHash()] = token
    }

    @Override
    synchronized Optional<SingleUseToken> findUsable(TokenPurpose purpose, String tokenHash, Instant now) {
        def token = tokens[tokenHash]
        Optional.ofNullable(token != null && token.purpose() == purpose && !used.containsKey(tokenHash)
                && now.isBefore(token.expiresAt()) ? token : null)
    }

    @Override
    synchronized boolean use(TokenPurpose purpose, String tokenHash, Instant now) {
        if (findUsable(purpose, tokenHash, now).isEmpty()) {
            return false
        }
        used[tokenHash] = now
        true
    }

    @Override
    synchronized int invalidateAll(TokenPurpose purpose, UserId userId, Instant now) {
        def open = tokens.values().findAll {
            it.purpose() == purpose && it.userId() == userId && !used.containsKey(it.tokenHash())
        }
        open.each { used[it.tokenHash()] = now }
        open.size()
    }

    @Override
    synchronized int deleteExpired(TokenPurpose purpose, Instant now) {
        def expired = tokens.values().findAll { it.purpose() == purpose && !now.isBefore(it.expiresAt()) }
        expired.each { tokens.remove(it.tokenHash()) }
        expired.size()
    }

    /** The links of one purpose, for specs that look at one kind. */
    Purpose of(TokenPurpose purpose) {
        new Purpose(this, purpose)
    }

    static class Purpose {
        final InMemorySingleUseTokens store
        final TokenPurpose purpose

        Purpose(InMemorySingleUseTokens store, TokenPurpose purpose) {
            this.store = store
            this.purpose = purpose
        }

        Map<String, SingleUseToken> getTokens() {
            synchronized (store) {
                store.tokens.findAll { it.value.purpose() == purpose }
            }
        }

        Optional<SingleUseToken> findUsable(String tokenHash, Instant now) {
            store.findUsable(purpose, tokenHash, now)
        }
    }
}

package turgus.application.account.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.account.Email;
import turgus.domain.account.UserId;

/**
 * Links that undo an email change, mailed to the previous address. Each is kept only as the SHA-256
 * hash of its token, with the account and the email it restores; each works once, in time.
 */
public interface EmailRevertTokenRepository {
    void store(RevertToken token);

    /** The token, while it is unused and unexpired at {@code now}. */
    Optional<RevertToken> findUsable(String tokenHash, Instant now);

    /**
     * Marks the token used, only if it is still unused and unexpired: of two racing uses, exactly one
     * succeeds.
     *
     * @return whether this call used the token
     */
    boolean use(String tokenHash, Instant now);

    /** Makes every unused token of the account unusable (after one of them undid a change). */
    int invalidateAll(UserId userId, Instant now);

    /** Deletes the tokens that expired at or before {@code now}, used or not. */
    int deleteExpired(Instant now);

    /**
     * @param previousEmail the email the account had before the change, which using the token restores
     */
    record RevertToken(String tokenHash, UserId userId, Email previousEmail, Instant createdAt, Instant expiresAt) {
        public RevertToken {
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(previousEmail, "previousEmail");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            if (!expiresAt.isAfter(createdAt)) {
                throw new IllegalArgumentException("An undo link expires after it was made");
            }
        }

        @Override
        public String toString() {
            return "RevertToken[userId=" + userId + ", expiresAt=" + expiresAt + "]";
        }
    }
}

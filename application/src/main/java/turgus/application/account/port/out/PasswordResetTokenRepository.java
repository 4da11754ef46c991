package turgus.application.account.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.account.UserId;

/** Password-reset links, kept only as the SHA-256 hash of their token. Each works once, in time. */
public interface PasswordResetTokenRepository {
    void store(ResetToken token);

    /** The account a token resets, while it is unused and unexpired at {@code now}. */
    Optional<UserId> findUsable(String tokenHash, Instant now);

    /**
     * Marks the token used, only if it is still unused and unexpired: of two racing uses, exactly one
     * succeeds.
     *
     * @return whether this call used the token
     */
    boolean use(String tokenHash, Instant now);

    /** Makes every unused token of the account unusable (a newer link replaces older ones). */
    int invalidateAll(UserId userId, Instant now);

    /** Deletes the tokens that expired at or before {@code now}, used or not. */
    int deleteExpired(Instant now);

    record ResetToken(String tokenHash, UserId userId, Instant createdAt, Instant expiresAt) {
        public ResetToken {
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            if (!expiresAt.isAfter(createdAt)) {
                throw new IllegalArgumentException("A reset link expires after it was made");
            }
        }

        @Override
        public String toString() {
            return "ResetToken[userId=" + userId + ", expiresAt=" + expiresAt + "]";
        }
    }
}

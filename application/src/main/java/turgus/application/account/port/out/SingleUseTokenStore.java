package turgus.application.account.port.out;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import turgus.domain.account.Email;
import turgus.domain.account.UserId;

/**
 * Links mailed to an account that work once, in time: password-reset links and links that undo an
 * email change. Each is kept only as the SHA-256 hash of its token, with its purpose, its account and,
 * for an undo link, the email it restores. Every question names the purpose, so a link of one kind
 * never serves as the other.
 */
public interface SingleUseTokenStore {
    void store(SingleUseToken token);

    /** The token, while it is unused and unexpired at {@code now}. */
    Optional<SingleUseToken> findUsable(TokenPurpose purpose, String tokenHash, Instant now);

    /**
     * Marks the token used, only if it is still unused and unexpired: of two racing uses, exactly one
     * succeeds.
     *
     * @return whether this call used the token
     */
    boolean use(TokenPurpose purpose, String tokenHash, Instant now);

    /** Makes every unused token of the account for {@code purpose} unusable. */
    int invalidateAll(TokenPurpose purpose, UserId userId, Instant now);

    /** Deletes the tokens for {@code purpose} that expired at or before {@code now}, used or not. */
    int deleteExpired(TokenPurpose purpose, Instant now);

    /** What a link does when it is used. */
    enum TokenPurpose {
        /** Sets a new password for the account. */
        PASSWORD_RESET,
        /** Gives the account back the email it had before a change. */
        EMAIL_REVERT
    }

    /**
     * @param previousEmail for {@link TokenPurpose#EMAIL_REVERT} the email the account had before the
     *     change, which using the token restores; null for any other purpose
     */
    record SingleUseToken(
            TokenPurpose purpose,
            String tokenHash,
            UserId userId,
            Email previousEmail,
            Instant createdAt,
            Instant expiresAt) {
        public SingleUseToken {
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(tokenHash, "tokenHash");
            Objects.requireNonNull(userId, "userId");
            Objects.requireNonNull(createdAt, "createdAt");
            Objects.requireNonNull(expiresAt, "expiresAt");
            if ((purpose == TokenPurpose.EMAIL_REVERT) != (previousEmail != null)) {
                throw new IllegalArgumentException("Only an undo link carries the email it restores");
            }
            if (!expiresAt.isAfter(createdAt)) {
                throw new IllegalArgumentException("A link expires after it was made");
            }
        }

        public static SingleUseToken passwordReset(
                String tokenHash, UserId userId, Instant createdAt, Instant expiresAt) {
            return new SingleUseToken(TokenPurpose.PASSWORD_RESET, tokenHash, userId, null, createdAt, expiresAt);
        }

        public static SingleUseToken emailRevert(
                String tokenHash, UserId userId, Email previousEmail, Instant createdAt, Instant expiresAt) {
            return new SingleUseToken(
                    TokenPurpose.EMAIL_REVERT, tokenHash, userId, previousEmail, createdAt, expiresAt);
        }

        @Override
        public String toString() {
            return "SingleUseToken[purpose=" + purpose + ", userId=" + userId + ", expiresAt=" + expiresAt + "]";
        }
    }
}

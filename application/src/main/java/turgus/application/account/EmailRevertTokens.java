package turgus.application.account;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import turgus.application.account.port.out.SingleUseTokenStore;
import turgus.application.account.port.out.SingleUseTokenStore.SingleUseToken;
import turgus.application.security.TokenHash;
import turgus.application.security.port.out.RandomSecrets;
import turgus.domain.account.Email;
import turgus.domain.account.UserId;

/**
 * Draws the token of a link that undoes one email change (32 random bytes) and stores only its hash,
 * with the account and the email to restore. Every change gets its own link, so an older one still
 * undoes the change it was mailed for.
 */
final class EmailRevertTokens {
    static final int TOKEN_BYTES = 32;

    /**
     * Long enough for an owner who reads mail now and then to notice; the intruder, meanwhile, cannot
     * take the previous address back by changing the email again, because each change mails its own
     * link to the address it left.
     */
    static final Duration VALIDITY = Duration.ofDays(7);

    private final SingleUseTokenStore reverts;
    private final RandomSecrets random;

    EmailRevertTokens(SingleUseTokenStore reverts, RandomSecrets random) {
        this.reverts = Objects.requireNonNull(reverts, "reverts");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Stores a new link for the change away from {@code previousEmail} and answers its token. */
    String issue(UserId userId, Email previousEmail, Instant now) {
        String token = random.token(TOKEN_BYTES);
        reverts.store(SingleUseToken.emailRevert(TokenHash.of(token), userId, previousEmail, now, now.plus(VALIDITY)));
        return token;
    }
}

package turgus.application.account.port.out;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import turgus.domain.account.UserId;

/**
 * Signed-in sessions. A refresh token is kept only as its hash: the current one, and the one it
 * replaced, so that a token used again after rotation is recognised as stolen. A revoked session
 * stays revoked.
 */
public interface SessionRepository {
    /**
     * Opens a session and, in the same transaction, signs out the user's oldest active sessions
     * beyond {@code maxActive} (the new one always stays). Openings for one user are serialised, so
     * racing logins never leave more than {@code maxActive} active sessions.
     */
    OpenedSession open(UserId userId, String refreshTokenHash, String userAgent, String ip, Instant now, int maxActive);

    /** The session, if it exists and has not been signed out. */
    Optional<ActiveSession> findActive(String sessionId);

    /**
     * Moves the session's last use to {@code now}, only if it is active and was last used before
     * {@code usedBefore}: one conditional update, so that of racing requests at most one writes and
     * a later moment is never overwritten by an earlier one.
     *
     * @return whether this call moved it
     */
    boolean markUsed(String sessionId, Instant now, Instant usedBefore);

    /** The active session whose current refresh token has this hash. */
    Optional<ActiveSession> findActiveByRefreshTokenHash(String refreshTokenHash);

    /** The active session whose previous (rotated-out) refresh token has this hash. */
    Optional<ActiveSession> findActiveByPreviousRefreshTokenHash(String refreshTokenHash);

    /**
     * Replaces the session's refresh token, only if it is still active and its current token is
     * {@code oldHash}: of two racing rotations with the same token, exactly one succeeds.
     *
     * @return whether this call rotated the token
     */
    boolean rotate(String sessionId, String oldHash, String newHash, Instant now);

    /** The user's active sessions, newest first. */
    List<ActiveSession> listActive(UserId userId);

    /**
     * Signs out one of the user's own active sessions.
     *
     * @return false when there is no such active session of this user
     */
    boolean revoke(UserId userId, String sessionId, Instant now);

    /** Signs out every active session of the user but {@code keep} (if given); answers their ids. */
    List<String> revokeAll(UserId userId, Optional<String> keep, Instant now);

    /** Signs out every active session of every account (after a restore); answers how many. */
    int revokeEveryone(Instant now);

    /** A new session's id and the sessions its opening signed out. */
    record OpenedSession(String id, List<String> signedOut) {
        public OpenedSession {
            signedOut = List.copyOf(signedOut);
        }
    }
}

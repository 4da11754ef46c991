package turgus.application.account.port.out;

import java.time.Instant;
import turgus.domain.account.UserId;

/** Signed-in sessions; a refresh token is kept only as its hash. */
public interface SessionRepository {
    /** Opens a session and answers its id. */
    String open(UserId userId, String refreshTokenHash, String userAgent, String ip, Instant now);

    /** Whether the session exists and has not been signed out. */
    boolean isActive(String sessionId);
}

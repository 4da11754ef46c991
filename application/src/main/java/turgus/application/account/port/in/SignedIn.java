package turgus.application.account.port.in;

import java.util.Set;
import turgus.domain.account.Email;
import turgus.domain.account.Role;
import turgus.domain.account.UserId;

/**
 * A new session: who signed in, with which roles, the session's id (carried in every access
 * token) and the refresh token, handed out once and stored only as a hash.
 */
public record SignedIn(UserId userId, Email email, Set<Role> roles, String sessionId, String refreshToken) {
    @Override
    public String toString() {
        return "SignedIn[" + userId + ", session " + sessionId + "]";
    }
}

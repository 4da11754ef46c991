package turgus.application.account.port.in;

import java.util.Optional;
import turgus.domain.account.UserId;

/**
 * Opens a session for someone whose identity the shop has already established another way (an admin
 * who has just restored a backup, which signed every session out): the same session and tokens a
 * login gives, without a password.
 */
public interface StartSessionUseCase {
    /** The new session, or empty when the account does not exist or may not sign in. */
    Optional<SignedIn> startSession(UserId userId, String userAgent, String ip);
}

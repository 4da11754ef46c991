package turgus.application.account.port.in;

/** Trades a refresh token for a new pair; the old refresh token stops working. */
public interface RefreshTokenUseCase {
    /**
     * Rotates the session's refresh token and answers the session with the new one. A token that was
     * already rotated out is taken as stolen: the whole session is signed out.
     *
     * @throws InvalidRefreshTokenException for an unknown, expired, reused or signed-out token
     * @throws AccountDisabledException when the account has been blocked or deactivated
     * @throws LockedOutException while failed logins lock the account: a refresh does not get round it
     */
    SignedIn refresh(RefreshTokenCommand command);
}

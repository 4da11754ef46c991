package turgus.application.account.port.in;

/**
 * Sets a new password through a reset link. The link then stops working, the lockout is cleared and
 * every session of the account ends; nobody is signed in by it.
 */
public interface ResetPasswordUseCase {
    /**
     * @throws turgus.domain.shared.InvalidValueException for a token that is unknown, used or expired
     *     (on "token"), and for every broken password rule and a differing confirmation, all at once
     */
    void resetPassword(ResetPasswordCommand command);
}

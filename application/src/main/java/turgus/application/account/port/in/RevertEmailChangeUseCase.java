package turgus.application.account.port.in;

/**
 * Undoes an email change through the link mailed to the previous address: the previous email comes
 * back, every session of the account ends, its reset and undo links stop working and the lockout is
 * cleared. Nobody is signed in by it.
 */
public interface RevertEmailChangeUseCase {
    /**
     * @throws turgus.domain.shared.InvalidValueException for a token that is missing, unknown, used or
     *     expired (on "token")
     * @throws turgus.application.shared.DuplicateValueException when another account has the previous
     *     email by now (on "email"); the link stays usable then
     */
    void revertEmailChange(RevertEmailChangeCommand command);
}

package turgus.application.account.port.in;

/** A signed-in person changes their password; their other sessions are signed out. */
public interface ChangePasswordUseCase {
    /**
     * @throws turgus.domain.shared.InvalidValueException naming every field that is wrong at once: the
     *     old password that does not match, each password rule the new one breaks, a confirmation that
     *     differs
     * @throws turgus.application.shared.NotFoundException when the account no longer exists
     */
    void changePassword(ChangePasswordCommand command);
}

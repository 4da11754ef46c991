package turgus.application.account.port.in;

/**
 * Mails a single-use reset link to the account with this email. The caller learns nothing: the
 * outcome is the same whether an account has the email or not, and it works while the account is
 * locked by failed logins.
 */
public interface RequestPasswordResetUseCase {
    void requestReset(RequestPasswordResetCommand command);
}

package turgus.application.account.port.in;

/** Signs a person in with their email or phone and password. */
public interface LogInUseCase {
    /**
     * @throws InvalidCredentialsException for an unknown name or a wrong password, alike
     * @throws AccountDisabledException when the password is right but the account may not sign in
     * @throws LockedOutException while too many failed logins in a row lock the name (no password is
     *     checked then), and for the failure that brings the lock on
     */
    SignedIn logIn(LogInCommand command);
}
